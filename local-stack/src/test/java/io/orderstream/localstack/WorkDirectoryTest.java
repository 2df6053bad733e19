package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkDirectoryTest {

    @TempDir
    Path root;

    private Process process;

    @AfterEach
    void stopProcess() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void a_second_stack_in_the_same_directory_is_refused_while_the_first_runs() {
        var workDirectory = new WorkDirectory(root);

        try (WorkDirectory.Lock ignored = workDirectory.lock()) {
            assertThatThrownBy(() -> new WorkDirectory(root).lock())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running stack");
        }
    }

    @Test
    void the_directory_can_be_locked_again_once_released() {
        var workDirectory = new WorkDirectory(root);
        workDirectory.lock().close();

        try (WorkDirectory.Lock lock = workDirectory.lock()) {
            assertThat(lock.fileLock().isValid()).isTrue();
        }
    }

    @Test
    void a_process_left_running_by_a_dead_stack_is_stopped() throws Exception {
        var workDirectory = new WorkDirectory(root);
        process = sleeping(workDirectory.processMarker());
        workDirectory.recordPid("kafka", process.pid());

        workDirectory.stopLeftovers();

        assertThat(process.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_stranger_that_reuses_a_recorded_pid_is_left_alone() throws Exception {
        var workDirectory = new WorkDirectory(root);
        process = sleeping("-Dorderstream.workdir=/some/other/stack");
        workDirectory.recordPid("kafka", process.pid());

        workDirectory.stopLeftovers();

        assertThat(process.isAlive()).isTrue();
    }

    @Test
    void a_process_of_a_directory_whose_path_merely_begins_the_same_is_left_alone() throws Exception {
        var workDirectory = new WorkDirectory(root);
        process = sleeping(workDirectory.processMarker() + "-other");
        workDirectory.recordPid("kafka", process.pid());

        workDirectory.stopLeftovers();

        assertThat(process.isAlive()).isTrue();
    }

    @Test
    void a_work_directory_is_recognised_by_its_marker_file() {
        new WorkDirectory(root).create();

        assertThat(WorkDirectory.isWorkDirectory(root)).isTrue();
        assertThat(WorkDirectory.isWorkDirectory(root.getParent())).isFalse();
    }

    /** A process whose command line carries {@code marker}; "; true" keeps bash from replacing itself by sleep. */
    private static Process sleeping(String marker) throws IOException {
        return new ProcessBuilder("bash", "-c", "sleep 60; true", marker).start();
    }
}
