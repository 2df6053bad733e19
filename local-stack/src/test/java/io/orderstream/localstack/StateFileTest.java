package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path workDir;

    @Test
    void what_the_supervisor_writes_is_what_the_commands_read() {
        var stateFile = new StateFile(workDir);
        StackState state = StackState.starting(42)
                .with(new ComponentState("kafka", 43, 9092, "localhost:9092", "tcp://localhost:9092", workDir.resolve("logs/kafka.log")))
                .with(StackState.Status.UP);

        stateFile.write(state);

        assertThat(stateFile.read()).contains(state);
    }

    @Test
    void a_failure_names_the_component_and_keeps_the_message() {
        var stateFile = new StateFile(workDir);

        stateFile.write(StackState.starting(42).failed("registry", "registry exited with code 1\n--- last lines ---"));

        assertThat(stateFile.read().flatMap(StackState::failure))
                .contains(new StackState.Failure("registry", "registry exited with code 1\n--- last lines ---"));
    }

    @Test
    void without_a_file_there_is_no_state() {
        assertThat(new StateFile(workDir).read()).isEmpty();
    }
}
