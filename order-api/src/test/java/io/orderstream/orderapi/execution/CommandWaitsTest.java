package io.orderstream.orderapi.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.orderapi.command.CommandKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommandWaitsTest {

    private final CommandWaits waits = new CommandWaits(Duration.ofSeconds(5), Duration.ofSeconds(15));

    @Test
    void a_create_and_pay_waits_for_the_charge_and_every_other_command_for_its_result() {
        assertThat(waits.forResult(CommandKind.CREATE_ORDER_AND_PAY)).isEqualTo(Duration.ofSeconds(15));
        assertThat(waits.forResult(CommandKind.CREATE_ORDER)).isEqualTo(Duration.ofSeconds(5));
        assertThat(waits.forResult(CommandKind.APPLY_PAYMENT)).isEqualTo(Duration.ofSeconds(5));
        assertThat(waits.forResult(CommandKind.CANCEL_ORDER)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_repeat_waits_a_little_longer_than_the_first_request_does() {
        assertThat(waits.forFirstRequest(CommandKind.APPLY_PAYMENT)).isGreaterThan(Duration.ofSeconds(5));
    }

    @Test
    void a_claim_is_abandoned_only_after_the_longest_wait_and_a_margin() {
        assertThat(waits.lease()).isGreaterThan(Duration.ofSeconds(15));
        assertThat(new CommandWaits(Duration.ofSeconds(30), Duration.ofSeconds(15)).lease())
                .isGreaterThan(Duration.ofSeconds(30));
    }

    @Test
    void waits_must_be_positive() {
        assertThatThrownBy(() -> new CommandWaits(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
