package io.orderstream.dlq;

import io.orderstream.platform.config.Env;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/** Runs {@code dlq ...} in this JVM as {@code bin/orderstream dlq} would, and keeps what it printed. */
final class CommandRunner {

    /** @param exitCode what the process would exit with */
    record Run(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Env env;
    private final Clock clock;

    CommandRunner(Env env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    Run run(String... arguments) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine commandLine = DlqCommand.commandLine(env, clock);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
