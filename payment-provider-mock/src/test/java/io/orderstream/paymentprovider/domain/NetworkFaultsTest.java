package io.orderstream.paymentprovider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NetworkFaultsTest {

    private static final int CALLS = 20_000;

    private static Map<NetworkFault, Double> shares(NetworkFaults faults) {
        return IntStream.range(0, CALLS).mapToObj(i -> faults.next())
                .collect(Collectors.groupingBy(Function.identity(),
                        Collectors.collectingAndThen(Collectors.counting(), count -> count / (double) CALLS)));
    }

    @Test
    void about_the_configured_share_of_calls_fail_half_before_and_half_after_the_charge() {
        var shares = shares(NetworkFaults.random(0.2, new Random(3)));

        assertThat(shares.get(NetworkFault.DROP_BEFORE_CHARGE)).isCloseTo(0.1, within(0.012));
        assertThat(shares.get(NetworkFault.DROP_AFTER_CHARGE)).isCloseTo(0.1, within(0.012));
    }

    @Test
    void a_ratio_of_zero_never_fails_a_call() {
        assertThat(shares(NetworkFaults.random(0, new Random(3)))).containsOnlyKeys(NetworkFault.NONE);
    }

    @Test
    void a_ratio_of_one_fails_every_call() {
        assertThat(shares(NetworkFaults.random(1, new Random(3))))
                .containsOnlyKeys(NetworkFault.DROP_BEFORE_CHARGE, NetworkFault.DROP_AFTER_CHARGE);
    }

    @Test
    void a_ratio_outside_zero_to_one_is_rejected() {
        assertThatThrownBy(() -> NetworkFaults.random(-0.1, new Random(3))).isInstanceOf(IllegalArgumentException.class);
    }
}
