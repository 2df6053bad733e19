package io.orderstream.dlq.text;

import java.util.HexFormat;

/**
 * Bytes as {@code hexdump -C} shows them: the offset, 16 bytes in hex, and the printable ASCII ones.
 *
 * <pre>
 * 00000000  6e 6f 74 20 61 76 72 6f  20 61 74 20 61 6c 6c     |not avro at all|
 * </pre>
 */
public final class HexDump {

    private static final int BYTES_PER_LINE = 16;
    private static final HexFormat HEX = HexFormat.of();

    private HexDump() {
    }

    /** Every line ends with a line break; no bytes give no lines. */
    public static String of(byte[] bytes) {
        var text = new StringBuilder();
        for (int start = 0; start < bytes.length; start += BYTES_PER_LINE) {
            text.append(line(bytes, start, Math.min(bytes.length, start + BYTES_PER_LINE)));
        }
        return text.toString();
    }

    private static String line(byte[] bytes, int start, int end) {
        var hex = new StringBuilder();
        var ascii = new StringBuilder();
        for (int index = start; index < start + BYTES_PER_LINE; index++) {
            hex.append(index - start == BYTES_PER_LINE / 2 ? "  " : " ");
            hex.append(index < end ? HEX.toHexDigits(bytes[index]) : "  ");
            if (index < end) {
                ascii.append(printable(bytes[index]));
            }
        }
        return "%08x %s  |%s|%n".formatted(start, hex, ascii);
    }

    private static char printable(byte value) {
        return value >= 0x20 && value < 0x7f ? (char) value : '.';
    }
}
