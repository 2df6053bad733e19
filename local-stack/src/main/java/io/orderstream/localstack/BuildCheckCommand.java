package io.orderstream.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * For {@code bin/orderstream}: whether every service of {@link ServiceDefinition#ALL} present in the repository has its
 * jar, so that the list of services lives in one place. Exit code 0 when all are built, 1 (naming the missing) otherwise.
 */
@Command(name = "check-build", hidden = true, description = "Exit code 0 when every service's jar is built.")
final class BuildCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path root = LauncherEnvironment.current().repositoryRoot();
        List<Path> missing = ServiceDefinition.presentIn(root).stream().map(service -> service.jar(root))
                .filter(jar -> !Files.isRegularFile(jar)).toList();
        missing.forEach(jar -> spec.commandLine().getOut().println("missing: " + jar));
        return missing.isEmpty() ? 0 : 1;
    }
}
