package io.orderstream.orderapi.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandIdsTest {

    @Test
    void a_request_repeated_with_its_key_gets_the_same_command_and_order_ids() {
        assertThat(CommandIds.derived("key-1", "fingerprint-1", null))
                .isEqualTo(CommandIds.derived("key-1", "fingerprint-1", null));
    }

    @Test
    void another_key_or_another_request_gets_other_ids() {
        CommandIds first = CommandIds.derived("key-1", "fingerprint-1", null);

        for (CommandIds other : new CommandIds[] {CommandIds.derived("key-2", "fingerprint-1", null),
                CommandIds.derived("key-1", "fingerprint-2", null)}) {
            assertThat(other.commandId()).isNotEqualTo(first.commandId());
            assertThat(other.orderId()).isNotEqualTo(first.orderId());
        }
    }

    @Test
    void a_key_and_request_that_concatenate_alike_still_get_other_ids() {
        assertThat(CommandIds.derived("ab", "c", null)).isNotEqualTo(CommandIds.derived("a", "bc", null));
    }

    @Test
    void a_command_about_an_existing_order_keeps_that_order_id_and_gets_a_command_id_of_its_own() {
        CommandIds ids = CommandIds.derived("key-1", "fingerprint-1", "order-7");

        assertThat(ids.orderId()).isEqualTo("order-7");
        assertThat(ids.commandId()).isNotEqualTo("order-7").hasSize(36);
    }
}
