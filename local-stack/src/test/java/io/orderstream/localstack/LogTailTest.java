package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path directory;

    @Test
    void the_last_lines_of_a_log_are_returned_in_order() throws IOException {
        Path log = Files.writeString(directory.resolve("kafka.log"),
                IntStream.rangeClosed(1, 1_000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 998", "line 999", "line 1000");
    }

    @Test
    void a_missing_log_has_no_lines() {
        assertThat(LogTail.lastLines(directory.resolve("none.log"), 3)).isEmpty();
    }
}
