package io.orderstream.dlq;

import io.orderstream.platform.config.Env;
import java.time.Clock;

/** {@code java -jar dlq-replay.jar list|show|replay ...}; see {@link DlqCommand}. */
public final class Main {

    /** Logs go to stderr, warnings and up only, so that stdout holds nothing but the command's output. */
    private static final String LOG_CONFIGURATION = "dlq-replay-log4j2.xml";

    private Main() {
    }

    public static void main(String[] arguments) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", LOG_CONFIGURATION);
        }
        System.exit(DlqCommand.commandLine(Env.system(), Clock.systemUTC()).execute(arguments));
    }
}
