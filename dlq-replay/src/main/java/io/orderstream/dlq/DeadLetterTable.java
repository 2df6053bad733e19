package io.orderstream.dlq;

import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.dlq.record.FailureHeaders;
import io.orderstream.platform.text.Table;
import io.orderstream.platform.text.Table.Column;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The table {@code list} prints: one dead letter per line, blanks where a header is missing. */
final class DeadLetterTable {

    private DeadLetterTable() {
    }

    static Table of(List<DeadLetterListing.Entry> entries) {
        var table = new Table(Column.number("PARTITION"), Column.number("OFFSET"), Column.text("KEY", 40),
                Column.text("ORIGINAL TOPIC", 50), Column.number("ATTEMPTS"), Column.text("EXCEPTION", 40),
                Column.text("TIME", 20), Column.text("REPLAYED", 8));
        entries.forEach(entry -> table.row(cells(entry.letter(), entry.replayed())));
        return table;
    }

    private static String[] cells(DeadLetter letter, boolean replayed) {
        FailureHeaders failure = letter.failure();
        return new String[] {
                String.valueOf(letter.partition()),
                String.valueOf(letter.offset()),
                letter.key(),
                failure.originalTopic().orElse(""),
                failure.attempts().orElse(""),
                failure.exceptionSimpleName().orElse(""),
                time(letter.failedAt()),
                replayed ? "yes" : ""};
    }

    /** To the second: {@code 2026-11-21T10:15:30Z}. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
