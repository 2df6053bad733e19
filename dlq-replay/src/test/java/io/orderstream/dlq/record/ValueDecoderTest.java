package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Values that cannot be decoded; Avro through a real registry is decoded in DlqReplayIT. */
class ValueDecoderTest {

    /** Nothing listens on port 9: the registry is unreachable. */
    private final ValueDecoder decoder = new ValueDecoder("http://localhost:9/apis/registry/v3");

    @AfterEach
    void close() {
        decoder.close();
    }

    @Test
    void aPoisonPillIsShownAsTextAndHexWithTheReason() {
        DecodedValue value = decode("not avro at all".getBytes(StandardCharsets.UTF_8));

        assertThat(value.description()).contains("not Avro in the Confluent wire format").contains("15 bytes");
        assertThat(value.body()).contains("as UTF-8: not avro at all")
                .contains("00000000  6e 6f 74 20 61 76 72 6f  20 61 74 20 61 6c 6c     |not avro at all|");
    }

    @Test
    void binaryThatIsNoTextIsShownAsHexOnly() {
        DecodedValue value = decode(new byte[] {(byte) 0xff, 0x01, 0x02});

        assertThat(value.body()).doesNotContain("as UTF-8").contains("ff 01 02");
    }

    @Test
    void avroWhoseSchemaCannotBeFetchedIsShownAsBytesWithTheReasonInsteadOfFailing() {
        DecodedValue value = decode(new byte[] {0, 0, 0, 0, 42, 2, 'a'});

        assertThat(value.description()).startsWith("not decodable through the registry: ").contains("7 bytes");
        assertThat(value.body()).contains("00 00 00 00 2a 02 61");
    }

    @Test
    void aRegistryThatDoesNotAnswerCostsNoMoreThanTheLookupTimeout() throws Exception {
        try (var silent = new ServerSocket(0); // accepts connections, never answers
             var bounded = new ValueDecoder("http://localhost:" + silent.getLocalPort() + "/apis/registry/v3",
                     Duration.ofMillis(500))) {
            Instant start = Instant.now();

            DecodedValue value = bounded.decode("orders.commands.dlq", new RecordHeaders(), new byte[] {0, 0, 0, 0, 42, 2});

            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            assertThat(value.description()).startsWith("not decodable through the registry: ")
                    .contains("did not answer within");
        }
    }

    @Test
    void aLongValueIsDumpedInPart() {
        DecodedValue value = decode(new byte[ValueDecoder.MAX_DUMPED_BYTES + 10]);

        assertThat(value.description()).contains((ValueDecoder.MAX_DUMPED_BYTES + 10) + " bytes")
                .contains("the first " + ValueDecoder.MAX_DUMPED_BYTES + " shown");
        assertThat(value.body().lines().count()).isEqualTo(1 + ValueDecoder.MAX_DUMPED_BYTES / 16);
    }

    @Test
    void noValueIsATombstone() {
        assertThat(decode(null).description()).contains("tombstone");
    }

    private DecodedValue decode(byte[] value) {
        return decoder.decode("orders.commands.dlq", new RecordHeaders(), value);
    }
}
