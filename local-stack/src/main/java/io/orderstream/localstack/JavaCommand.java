package io.orderstream.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs: the JDK this JVM runs on, a heap limit, and the work directory's marker. */
final class JavaCommand {

    /** From JDK 23 on, without it every library that still uses sun.misc.Unsafe prints warnings (and JDK 26+ may refuse). */
    private static final int FIRST_RELEASE_WITH_UNSAFE_FLAG = 23;

    private JavaCommand() {
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java <standard options> <arguments>}. */
    static List<String> of(WorkDirectory workDirectory, String maxHeap, List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(executable());
        command.addAll(standardOptions(maxHeap));
        command.add(workDirectory.processMarker());
        command.addAll(arguments);
        return command;
    }

    static List<String> standardOptions(String maxHeap) {
        var options = new ArrayList<String>();
        if (Runtime.version().feature() >= FIRST_RELEASE_WITH_UNSAFE_FLAG) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        options.add("-Xmx" + maxHeap);
        options.add("-Djava.awt.headless=true");
        return options;
    }
}
