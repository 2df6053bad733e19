package io.orderstream.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test stacks whose JVM was killed (a test run aborted, a fork timed out) leave their processes running, and nothing
 * else would ever stop them. Before a new test stack starts, this stops those of stacks nobody holds the lock of,
 * and deletes their data (their logs stay, to tell what happened).
 */
final class AbandonedTestStacks {

    static final String DIRECTORY_PREFIX = "local-stack-";
    private static final System.Logger LOG = System.getLogger(AbandonedTestStacks.class.getName());

    private AbandonedTestStacks() {
    }

    static void stopAll(Path parent) {
        testStackDirectories(parent).forEach(AbandonedTestStacks::stopIfAbandoned);
    }

    private static void stopIfAbandoned(Path directory) {
        var workDirectory = new WorkDirectory(directory);
        try (WorkDirectory.Lock ignored = workDirectory.lock()) {
            workDirectory.stopLeftovers();
            new PostgresServer(workDirectory, 0).stopOrphanedServer();
            workDirectory.deleteData();
        } catch (IllegalStateException alive) {
            LOG.log(System.Logger.Level.DEBUG, () -> directory + " belongs to a running stack");
        }
    }

    private static List<Path> testStackDirectories(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children
                    .filter(child -> child.getFileName().toString().startsWith(DIRECTORY_PREFIX))
                    .filter(WorkDirectory::isWorkDirectory)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
