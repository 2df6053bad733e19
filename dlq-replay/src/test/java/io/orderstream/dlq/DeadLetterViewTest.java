package io.orderstream.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.dlq.record.DecodedValue;
import io.orderstream.dlq.record.TestLetters;
import io.orderstream.platform.loop.DeadLetterHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterViewTest {

    @Test
    void showsWhereTheRecordIsEveryHeaderAndTheValue() {
        String view = DeadLetterView.render(TestLetters.fromStreams(2, 17).key("o-9").build(),
                new DecodedValue("Avro io.orderstream.Thing, 12 bytes", "{\n  \"id\" : \"x\"\n}\n"));

        assertThat(view).contains("record     test.orders.commands.dlq 2:17")
                .contains("timestamp  2026-11-21T10:00:00.250Z")
                .contains("key        o-9")
                .contains("\n  __streams.errors.topic       test.orders.commands\n")
                .contains("value      Avro io.orderstream.Thing, 12 bytes\n{\n  \"id\" : \"x\"\n}\n");
    }

    @Test
    void aStackTraceContinuesUnderItsFirstLine() {
        String view = DeadLetterView.render(TestLetters.fromALoop(0, 1).build(), new DecodedValue("none", ""));

        String indent = " ".repeat(2 + DeadLetterHeaders.FIRST_FAILURE.length() + 2);
        assertThat(view).contains("\n  __streams.errors.stacktrace         io.orderstream.payment.GatewayException: charge failed\n"
                + indent + "    at A.b(A.java:1)\n");
    }

    @Test
    void aRecordWithoutHeadersOrKeySaysSo() {
        String view = DeadLetterView.render(new TestLetters.Builder(0, 1).key(null).build(), new DecodedValue("none", ""));

        assertThat(view).contains("key        (none)").contains("headers    (none)");
    }
}
