package io.orderstream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The layout of a stack's work directory: one directory per program, {@code logs/<name>.log},
 * {@code run/<name>.pid} of every process started, and a lock held by the JVM that runs the stack.
 */
final class WorkDirectory {

    static final String MARKER_FILE = ".orderstream-work-dir";
    private static final Duration LEFTOVER_STOP_GRACE = Duration.ofSeconds(20);

    private final Path root;

    WorkDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path directory(String name) {
        return root.resolve(name);
    }

    Path logsDirectory() {
        return root.resolve("logs");
    }

    Path logFile(String name) {
        return logsDirectory().resolve(name + ".log");
    }

    /** A JVM argument that marks a process as ours, so a leftover is never confused with a stranger that reused its pid. */
    String processMarker() {
        return "-Dorderstream.workdir=" + root;
    }

    static boolean isWorkDirectory(Path candidate) {
        return Files.isRegularFile(candidate.resolve(MARKER_FILE));
    }

    void create() {
        try {
            Files.createDirectories(logsDirectory());
            Files.createDirectories(runDirectory());
            if (!Files.exists(root.resolve(MARKER_FILE))) {
                Files.writeString(root.resolve(MARKER_FILE), "work directory of Orderstream's local stack\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the work directory " + root, e);
        }
    }

    /** Only one JVM may run a stack in this directory; the operating system releases the lock when that JVM dies. */
    Lock lock() {
        create();
        try {
            FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("the work directory " + root + " is in use by another running stack;"
                        + " stop it (bin/orderstream down) or set " + LocalStackSettings.HOME_VARIABLE + " to another directory");
            }
            return new Lock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + root, e);
        }
    }

    /** Deletes what the processes stored (topics, databases, service state) but keeps the logs. */
    void deleteData() {
        Stream.of("kafka", "postgres", "registry", "state").map(this::directory).forEach(Directories::deleteRecursively);
    }

    void recordPid(String name, long pid) {
        try {
            Files.createDirectories(runDirectory());
            Files.writeString(pidFile(name), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("could not record the pid of " + name, e);
        }
    }

    void forgetPid(String name) {
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + pidFile(name), e);
        }
    }

    /**
     * Stops what a JVM that died without cleaning up left running here (SIGTERM, then SIGKILL).
     * Call only while holding {@link #lock()}: then nothing recorded here belongs to a live stack.
     */
    void stopLeftovers() {
        List<ProcessHandle> leftovers = recordedPidFiles().stream()
                .map(WorkDirectory::readPid)
                .flatMap(Optional::stream)
                .map(ProcessHandle::of)
                .flatMap(Optional::stream)
                .filter(this::isOurs)
                .toList();
        leftovers.forEach(ProcessHandle::destroy);
        leftovers.forEach(WorkDirectory::awaitOrKill);
        recordedPidFiles().forEach(WorkDirectory::deleteQuietly);
    }

    /** Whether the process was started for this directory, and not for one whose path merely begins the same. */
    boolean isOurs(ProcessHandle handle) {
        return handle.isAlive() && handle.info().commandLine().map(line -> (line + " ").contains(processMarker() + " ")).orElse(false);
    }

    private Path runDirectory() {
        return root.resolve("run");
    }

    private Path pidFile(String name) {
        return runDirectory().resolve(name + ".pid");
    }

    private List<Path> recordedPidFiles() {
        if (!Files.isDirectory(runDirectory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runDirectory())) {
            return files.filter(file -> file.toString().endsWith(".pid")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + runDirectory(), e);
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void awaitOrKill(ProcessHandle handle) {
        CompletableFuture<ProcessHandle> exit = handle.onExit();
        try {
            exit.get(LEFTOVER_STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notEndedInTime) {
            handle.destroyForcibly();
            exit.orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisJvm) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale pid file is re-checked against the process' command line before it is trusted
        }
    }

    /** Held while a stack runs in the directory. */
    record Lock(FileChannel channel, FileLock fileLock) implements AutoCloseable {

        @Override
        public void close() {
            try {
                fileLock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
