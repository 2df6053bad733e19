package io.orderstream.dlq.record;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Header values as text: dead-letter headers are UTF-8; anything else shows as hex. */
public final class HeaderValues {

    private HeaderValues() {
    }

    /** The last header of that name as UTF-8 text; empty when it is missing or has no value. */
    public static Optional<String> text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** The bytes as UTF-8 when they are valid UTF-8. */
    public static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** UTF-8 text, {@code (null)} for no value, {@code hex:...} for bytes that are not UTF-8. */
    public static String display(byte[] value) {
        if (value == null) {
            return "(null)";
        }
        return strictUtf8(value).orElseGet(() -> "hex:" + HexFormat.of().formatHex(value));
    }
}
