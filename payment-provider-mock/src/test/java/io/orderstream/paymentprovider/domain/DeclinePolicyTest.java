package io.orderstream.paymentprovider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeclinePolicyTest {

    private static final List<String> KEYS = IntStream.range(0, 20_000).mapToObj(i -> "order-" + i + "-attempt-1").toList();

    private static double declinedShare(DeclinePolicy policy) {
        return KEYS.stream().filter(key -> policy.declines(key, "cust-1")).count() / (double) KEYS.size();
    }

    private static List<Boolean> decisions(DeclinePolicy policy) {
        return KEYS.stream().map(key -> policy.declines(key, "cust-1")).toList();
    }

    @Test
    void about_the_configured_share_of_keys_is_declined() {
        // 20 000 draws at 0.25: the standard deviation is 0.003, so 0.015 is five of them
        assertThat(declinedShare(new DeclinePolicy(0.25, 1))).isCloseTo(0.25, within(0.015));
    }

    @Test
    void the_same_key_under_the_same_seed_is_always_decided_alike() {
        assertThat(decisions(new DeclinePolicy(0.25, 7))).isEqualTo(decisions(new DeclinePolicy(0.25, 7)));
    }

    @Test
    void another_seed_declines_other_keys() {
        assertThat(decisions(new DeclinePolicy(0.25, 7))).isNotEqualTo(decisions(new DeclinePolicy(0.25, 8)));
    }

    @Test
    void a_ratio_of_zero_declines_nothing_and_of_one_everything() {
        assertThat(declinedShare(new DeclinePolicy(0, 1))).isZero();
        assertThat(declinedShare(new DeclinePolicy(1, 1))).isOne();
    }

    @Test
    void a_customer_named_decline_is_always_declined() {
        var policy = new DeclinePolicy(0, 1);

        assertThat(KEYS).allMatch(key -> policy.declines(key, "decline-cust-1"));
    }

    @Test
    void a_customer_named_approve_is_never_declined() {
        var policy = new DeclinePolicy(1, 1);

        assertThat(KEYS).noneMatch(key -> policy.declines(key, "approve-cust-1"));
    }

    @Test
    void a_ratio_outside_zero_to_one_is_rejected() {
        assertThatThrownBy(() -> new DeclinePolicy(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
