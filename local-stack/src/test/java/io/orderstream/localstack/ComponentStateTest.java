package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentStateTest {

    private static final Path LOG = Path.of("logs/order-api.log");

    @Test
    void a_component_whose_pid_no_longer_runs_is_neither_alive_nor_healthy() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(10, TimeUnit.SECONDS);

        ComponentState dead = component(ended.pid(), "");

        assertThat(dead.isAlive()).isFalse();
        assertThat(dead.isHealthy()).isFalse();
    }

    @Test
    void a_running_process_that_lacks_the_marker_is_a_stranger_that_reused_the_pid() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(component(stranger.pid(), "-Dorderstream.workdir=/tmp/some-stack").isAlive()).isFalse();
            assertThat(component(stranger.pid(), "30").isAlive()).isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void the_marker_must_be_a_whole_argument_not_the_start_of_a_longer_path() throws Exception {
        Process other = new ProcessBuilder("sleep", "300").start();
        try {
            assertThat(component(other.pid(), "30").isAlive()).isFalse();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void restarts_and_marker_survive_the_state_file(@TempDir Path workDir) {
        var stateFile = new StateFile(workDir);
        StackState state = StackState.starting(42).with(component(4711, "-Dorderstream.workdir=/w").withRestarts(3));

        stateFile.write(state);

        assertThat(stateFile.read()).contains(state);
    }

    @Test
    void a_restarted_component_keeps_its_place_in_the_list() {
        StackState state = StackState.starting(42).with(named("postgres")).with(named("kafka")).with(named("order-api"));

        StackState restarted = state.with(named("kafka").withRestarts(1));

        assertThat(restarted.components()).extracting(ComponentState::name).containsExactly("postgres", "kafka", "order-api");
        assertThat(restarted.components().get(1).restarts()).isEqualTo(1);
    }

    private static ComponentState component(long pid, String marker) {
        return new ComponentState("order-api", pid, 8080, "http://localhost:8080", "http://localhost:1/observe/health", LOG, marker, 0);
    }

    private static ComponentState named(String name) {
        return new ComponentState(name, 1, 1, "", "tcp://localhost:1", LOG);
    }
}
