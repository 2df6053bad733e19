package io.orderstream.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/** {@code <work dir>/state.properties}: written by the supervisor, read by {@code up}, {@code status} and {@code down}. */
final class StateFile {

    private final Path file;

    StateFile(Path workDir) {
        this.file = workDir.resolve("state.properties");
    }

    Path path() {
        return file;
    }

    Optional<StackState> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            var properties = new Properties();
            properties.load(reader);
            return Optional.of(StackState.fromProperties(properties));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Atomically, so that a reader never sees half a file. */
    void write(StackState state) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                state.toProperties().store(writer, "Orderstream local stack, written by its supervisor");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }
}
