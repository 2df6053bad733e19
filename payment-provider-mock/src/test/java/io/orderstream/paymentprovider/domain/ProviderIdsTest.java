package io.orderstream.paymentprovider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProviderIdsTest {

    @Test
    void an_id_is_the_prefix_and_24_lower_case_hex_digits() {
        Supplier<String> ids = ProviderIds.random("ch_");

        assertThat(Stream.generate(ids).limit(1_000)).allMatch(id -> id.matches("ch_[0-9a-f]{24}"));
    }

    @Test
    void ids_of_one_source_never_repeat() {
        Supplier<String> ids = ProviderIds.random("ch_");

        List<String> drawn = Stream.generate(ids).limit(100_000).toList();

        assertThat(new HashSet<>(drawn)).hasSize(drawn.size());
    }

    @Test
    void ids_drawn_from_many_threads_at_once_never_repeat() {
        Supplier<String> ids = ProviderIds.random("ch_");
        Set<String> drawn = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 80_000).parallel().forEach(i -> drawn.add(ids.get()));

        assertThat(drawn).hasSize(80_000);
    }

    @Test
    void two_sources_as_two_runs_of_the_mock_would_make_never_share_an_id() {
        List<String> first = Stream.generate(ProviderIds.random("ch_")).limit(10_000).toList();
        List<String> second = Stream.generate(ProviderIds.random("ch_")).limit(10_000).toList();

        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(first.getFirst().substring(0, 11)).isNotEqualTo(second.getFirst().substring(0, 11));
    }
}
