package io.orderstream.dlq.record;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** {@code --since}: an ISO-8601 instant ({@code 2026-11-21T10:00:00Z}) or a duration back from now ({@code PT1H}). */
public sealed interface Since {

    /** The earliest failure time that passes, for a command run at {@code now}. */
    Instant from(Instant now);

    static Since parse(String text) {
        String value = text.strip();
        try {
            return new At(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notADateTime) {
            return ago(value);
        }
    }

    private static Since ago(String value) {
        Duration duration;
        try {
            duration = Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is neither an ISO-8601 instant such as"
                    + " 2026-11-21T10:00:00Z nor a duration such as PT1H or P2D", e);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("'" + value + "' is a negative duration; give how far back, e.g. PT1H");
        }
        return new Ago(duration);
    }

    record At(Instant instant) implements Since {
        @Override
        public Instant from(Instant now) {
            return instant;
        }
    }

    record Ago(Duration duration) implements Since {
        @Override
        public Instant from(Instant now) {
            return now.minus(duration);
        }
    }
}
