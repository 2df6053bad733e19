package io.orderstream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end so that a large log costs no more than a small one. */
final class LogTail {

    private static final int MAX_BYTES = 256 * 1024;

    private LogTail() {
    }

    static List<String> lastLines(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines = Arrays.asList(readEnd(file).split("\\R"));
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    /** For error messages: the tail of the log, indented, after a line that says where the whole log is. */
    static String describe(Path file, int count) {
        var text = new StringBuilder(System.lineSeparator()).append("--- last lines of ").append(file).append(" ---");
        lastLines(file, count).forEach(line -> text.append(System.lineSeparator()).append("  ").append(line));
        return text.toString();
    }

    private static String readEnd(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long start = Math.max(0, channel.size() - MAX_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
            channel.position(start);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read to the end
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
