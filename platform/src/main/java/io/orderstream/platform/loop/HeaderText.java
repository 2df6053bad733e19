package io.orderstream.platform.loop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Header values as UTF-8 text, the way every header of the platform is written; unreadable values count as absent. */
final class HeaderText {

    private HeaderText() {
    }

    /** The last value of the header, if it has one. */
    static Optional<String> read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    static Optional<Long> number(Headers headers, String name) {
        try {
            return read(headers, name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An ISO-8601 instant. */
    static Optional<Instant> instant(Headers headers, String name) {
        try {
            return read(headers, name).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Replaces every value of the header with this one; {@code null} stays a header without value. */
    static void replace(Headers headers, String name, Object value) {
        headers.remove(name);
        headers.add(name, value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8));
    }
}
