package io.orderstream.dlq;

import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.dlq.record.DecodedValue;
import io.orderstream.dlq.record.HeaderValues;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;

/** What {@code show} prints for one dead letter: where it is, every header, and the decoded value. */
final class DeadLetterView {

    private static final String NEW_LINE = System.lineSeparator();
    private static final String INDENT = "  ";

    private DeadLetterView() {
    }

    static String render(DeadLetter letter, DecodedValue value) {
        return field("record", letter.record().topic() + " " + letter.address())
                + field("timestamp", letter.timestamp().toString())
                + field("key", letter.record().key() == null ? "(none)" : letter.key())
                + NEW_LINE + headers(letter)
                + NEW_LINE + field("value", value.description())
                + value.body();
    }

    private static String headers(DeadLetter letter) {
        Header[] headers = letter.record().headers().toArray();
        if (headers.length == 0) {
            return field("headers", "(none)");
        }
        int width = Arrays.stream(headers).mapToInt(header -> header.key().length()).max().orElse(0);
        var text = new StringBuilder("headers").append(NEW_LINE);
        for (Header header : headers) {
            text.append(header(header, width));
        }
        return text.toString();
    }

    /** A value of several lines (a stack trace) continues under its first line. */
    private static String header(Header header, int width) {
        String continuation = NEW_LINE + " ".repeat(INDENT.length() + width + 2);
        String value = HeaderValues.display(header.value()).stripTrailing().replace("\r\n", "\n")
                .replace("\t", "    ").replace("\n", continuation);
        return INDENT + pad(header.key(), width) + "  " + value + NEW_LINE;
    }

    private static String field(String name, String value) {
        return pad(name, 9) + "  " + value + NEW_LINE;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
