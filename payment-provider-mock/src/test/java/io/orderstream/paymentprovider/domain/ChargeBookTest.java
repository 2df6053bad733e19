package io.orderstream.paymentprovider.domain;

import static io.orderstream.paymentprovider.domain.TestGateways.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.paymentprovider.domain.ChargeOutcome.Charged;
import io.orderstream.paymentprovider.domain.GatewayReply.Answered;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChargeBookTest {

    private static Charged charged(String id, String key, String reference, Instant at) {
        return new Charged(new Charge(id, key, "cust-1", 1250, "EUR", reference, ChargeStatus.SUCCEEDED, at));
    }

    private static Charged charged(String id, String key) {
        return charged(id, key, "order-1", TestGateways.NOW);
    }

    @Test
    void the_first_outcome_under_a_key_is_recorded_and_is_no_replay() {
        var book = new ChargeBook();

        GatewayReply<ChargeOutcome> reply = book.recordFirst("key-1", request("order-1"), charged("ch_1", "key-1"));

        assertThat(reply).isEqualTo(new Answered(charged("ch_1", "key-1"), false));
    }

    @Test
    void a_later_candidate_under_the_same_key_is_discarded_for_the_first_outcome() {
        var book = new ChargeBook();
        book.recordFirst("key-1", request("order-1"), charged("ch_1", "key-1"));

        GatewayReply<ChargeOutcome> reply = book.recordFirst("key-1", request("order-1"), charged("ch_2", "key-1"));

        assertThat(reply).isEqualTo(new Answered(charged("ch_1", "key-1"), true));
        assertThat(book.charges()).extracting(Charge::id).containsExactly("ch_1");
    }

    @Test
    void a_key_first_used_with_another_request_is_reused() {
        var book = new ChargeBook();
        book.recordFirst("key-1", request("order-1"), charged("ch_1", "key-1"));

        GatewayReply<ChargeOutcome> reply = book.recordFirst("key-1", request("order-2"), charged("ch_2", "key-1"));

        assertThat(reply).isInstanceOf(GatewayReply.KeyReused.class);
    }

    @Test
    void refusals_are_kept_under_their_key_but_are_not_charges() {
        var book = new ChargeBook();

        book.recordFirst("key-1", request("order-1"), new ChargeOutcome.Refused(Refusal.CUSTOMER_NOT_FOUND));

        assertThat(book.charges()).isEmpty();
    }

    @Test
    void charges_are_listed_oldest_first() {
        var book = new ChargeBook();
        book.recordFirst("key-2", request("order-2"), charged("ch_2", "key-2", "order-2", TestGateways.NOW.plusSeconds(1)));
        book.recordFirst("key-1", request("order-1"), charged("ch_1", "key-1", "order-1", TestGateways.NOW));

        assertThat(book.charges()).extracting(Charge::id).containsExactly("ch_1", "ch_2");
    }

    @Test
    void charges_with_a_reference_are_only_those_made_for_it() {
        var book = new ChargeBook();
        book.recordFirst("key-1", request("order-1"), charged("ch_1", "key-1", "order-1", TestGateways.NOW));
        book.recordFirst("key-2", request("order-2"), charged("ch_2", "key-2", "order-2", TestGateways.NOW));

        assertThat(book.chargesWithReference("order-2")).extracting(Charge::id).containsExactly("ch_2");
    }

    @Test
    void of_many_concurrent_recordings_under_one_key_exactly_one_holds_and_all_answer_it() throws Exception {
        var book = new ChargeBook();
        int threads = 32;
        var start = new CyclicBarrier(threads);
        List<Future<GatewayReply<ChargeOutcome>>> replies;
        try (var executor = Executors.newFixedThreadPool(threads)) {
            replies = IntStream.range(0, threads)
                    .mapToObj(i -> executor.submit(() -> {
                        start.await();
                        return book.recordFirst("key-1", request("order-1"), charged("ch_" + i, "key-1"));
                    }))
                    .toList();
        }

        var outcomes = replies.stream().map(ChargeBookTest::outcomeOf).distinct().toList();
        assertThat(outcomes).hasSize(1);
        assertThat(book.charges()).hasSize(1);
    }

    private static ChargeOutcome outcomeOf(Future<GatewayReply<ChargeOutcome>> reply) {
        try {
            return ((Answered<ChargeOutcome>) reply.get()).outcome();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_ledger_page_holds_the_charges_from_a_position_in_recording_order_and_where_to_go_on() {
        var book = new ChargeBook();
        book.recordFirst("key-1", request("order-1"), charged("ch_1", "key-1"));
        book.recordFirst("key-2", request("order-2"), charged("ch_2", "key-2"));
        book.recordFirst("key-3", request("order-3"), charged("ch_3", "key-3"));

        LedgerPage<Charge> page = book.page(1, 1);

        assertThat(page.entries()).extracting(Charge::id).containsExactly("ch_2");
        assertThat(page.next()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void paging_to_the_end_yields_every_charge_once_and_no_refusal_or_replay() {
        var book = new ChargeBook();
        book.recordFirst("key-1", request("order-1"), charged("ch_1", "key-1"));
        book.recordFirst("key-1", request("order-1"), charged("ch_9", "key-1"));
        book.recordFirst("key-2", request("order-2"), new ChargeOutcome.Refused(Refusal.CUSTOMER_NOT_FOUND));
        book.recordFirst("key-3", request("order-3"), charged("ch_3", "key-3"));

        LedgerPage<Charge> first = book.page(0, 1);
        LedgerPage<Charge> second = book.page(first.next(), 1);

        assertThat(first.entries()).extracting(Charge::id).containsExactly("ch_1");
        assertThat(second.entries()).extracting(Charge::id).containsExactly("ch_3");
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void a_page_past_the_end_is_empty_and_stays_there() {
        var book = new ChargeBook();
        book.recordFirst("key-1", request("order-1"), charged("ch_1", "key-1"));

        LedgerPage<Charge> page = book.page(5, 10);

        assertThat(page.entries()).isEmpty();
        assertThat(page.next()).isEqualTo(5);
        assertThat(page.hasMore()).isFalse();
    }
}
