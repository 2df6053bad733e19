package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {

    @Test
    void readsTheLastValueOfAHeaderAsUtf8() {
        var headers = new RecordHeaders()
                .add("h", "first".getBytes(StandardCharsets.UTF_8))
                .add("h", "grüße".getBytes(StandardCharsets.UTF_8));

        assertThat(HeaderValues.text(headers, "h")).contains("grüße");
        assertThat(HeaderValues.text(headers, "missing")).isEmpty();
    }

    @Test
    void displaysTextAsTextAndOtherBytesAsHex() {
        assertThat(HeaderValues.display("text".getBytes(StandardCharsets.UTF_8))).isEqualTo("text");
        assertThat(HeaderValues.display(new byte[] {(byte) 0xc3, 0x28})).isEqualTo("hex:c328");
        assertThat(HeaderValues.display(null)).isEqualTo("(null)");
    }
}
