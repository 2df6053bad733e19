package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OrderstreamLauncherTest {

    @Test
    void help_lists_the_commands_but_not_the_internal_one() {
        var output = new StringWriter();
        CommandLine commandLine = OrderstreamLauncher.commandLine().setOut(new PrintWriter(output));

        int exitCode = commandLine.execute("--help");

        assertThat(exitCode).isZero();
        assertThat(output.toString()).contains("up", "down", "status", "logs", "reset").doesNotContain("supervise");
    }

    @Test
    void without_a_command_the_launcher_says_which_there_are() {
        var errors = new StringWriter();
        CommandLine commandLine = OrderstreamLauncher.commandLine().setErr(new PrintWriter(errors));

        int exitCode = commandLine.execute();

        assertThat(exitCode).isNotZero();
        assertThat(errors.toString()).contains("name a command: up, down, status, logs, reset or bench");
    }
}
