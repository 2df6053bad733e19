package io.orderstream.dlq.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HexDumpTest {

    @Test
    void showsOffsetHexAndPrintableCharactersSixteenBytesALine() {
        byte[] bytes = "not avro at all, really\u0000".getBytes(StandardCharsets.UTF_8);

        assertThat(HexDump.of(bytes).lines()).containsExactly(
                "00000000  6e 6f 74 20 61 76 72 6f  20 61 74 20 61 6c 6c 2c  |not avro at all,|",
                "00000010  20 72 65 61 6c 6c 79 00                           | really.|");
    }

    @Test
    void noBytesNoLines() {
        assertThat(HexDump.of(new byte[0])).isEmpty();
    }
}
