package io.orderstream.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.dlq.record.TestLetters;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterTableTest {

    @Test
    void showsOneLinePerRecordWithBlanksForMissingHeaders() {
        String table = DeadLetterTable.of(List.of(
                new DeadLetterListing.Entry(TestLetters.fromALoop(0, 7).key("order-7").build(), true),
                new DeadLetterListing.Entry(TestLetters.fromStreams(11, 12345).key("o-poison").build(), false))).render();

        assertThat(table.lines()).containsExactly(
                "PARTITION  OFFSET  KEY       ORIGINAL TOPIC        ATTEMPTS  EXCEPTION               TIME                  REPLAYED",
                "        0       7  order-7   test.orders.commands         4  GatewayException        2026-11-21T10:05:00Z  yes",
                "       11   12345  o-poison  test.orders.commands            SerializationException  2026-11-21T10:00:00Z");
    }
}
