package io.orderstream.localstack;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The end of one process' log, or of every log. */
@Command(name = "logs", description = "Shows the end of a process' log (kafka, registry, postgres, supervisor, a service), or of all logs.")
final class LogsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A log's name; without it, the end of every log.")
    private String name;

    @Option(names = {"-n", "--lines"}, description = "Lines to show (default 100 for one log, 15 each for all).")
    private Integer lines;

    @Override
    public Integer call() {
        var environment = LauncherEnvironment.current();
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = logNames(environment.workDirectory().logsDirectory());
        if (name == null) {
            names.forEach(each -> print(environment, each, lines == null ? 15 : lines, out));
            return 0;
        }
        if (!names.contains(name)) {
            out.println("no log named '" + name + "'; logs: " + String.join(", ", names));
            return 1;
        }
        print(environment, name, lines == null ? 100 : lines, out);
        return 0;
    }

    private static void print(LauncherEnvironment environment, String name, int count, PrintWriter out) {
        Path file = environment.workDirectory().logFile(name);
        out.println("==> " + name + " (" + file + ") <==");
        LogTail.lastLines(file, count).forEach(out::println);
        out.println();
    }

    private static List<String> logNames(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".log"))
                    .map(file -> file.substring(0, file.length() - ".log".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + directory, e);
        }
    }
}
