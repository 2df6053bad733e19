package io.orderstream.orderapi.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.Eventually;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.store.IdempotencyKeys.Claim;
import io.orderstream.orderapi.view.Reply;
import io.orderstream.platform.db.Database;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyKeysIT {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration AWAIT = Duration.ofSeconds(10);
    private static final CommandIds FIRST = new CommandIds("command-1", "order-1");
    private static final CommandIds SECOND = new CommandIds("command-2", "order-2");
    private static final Reply CREATED = new Reply(201, "/orders/order-1", "application/json", "{\"id\":\"order-1\"}");

    private static Database database;
    private static IdempotencyKeys keys;

    private final String key = "key-" + UUID.randomUUID();

    @BeforeAll
    static void migrate() {
        database = TestStack.migratedDatabase("idempotency");
        keys = new IdempotencyKeys(database.dataSource(), DAY, DAY);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void a_new_key_is_fresh_for_the_proposed_ids() throws SQLException {
        assertThat(keys.claim(key, "hash-1", FIRST)).isEqualTo(new Claim.Fresh(FIRST));
    }

    @Test
    void a_repeat_before_the_first_is_answered_finds_it_in_flight() throws SQLException {
        keys.claim(key, "hash-1", FIRST);

        assertThat(keys.claim(key, "hash-1", SECOND)).isEqualTo(new Claim.InFlight());
    }

    @Test
    void a_repeat_after_the_first_is_answered_gets_its_answer() throws SQLException {
        keys.claim(key, "hash-1", FIRST);
        assertThat(keys.answer(key, FIRST, CREATED)).isTrue();

        assertThat(keys.claim(key, "hash-1", SECOND)).isEqualTo(new Claim.Answered(CREATED));
    }

    @Test
    void the_same_key_with_another_request_is_reused_in_flight_or_answered() throws SQLException {
        keys.claim(key, "hash-1", FIRST);
        assertThat(keys.claim(key, "hash-2", SECOND)).isEqualTo(new Claim.Reused());

        keys.answer(key, FIRST, CREATED);
        assertThat(keys.claim(key, "hash-2", SECOND)).isEqualTo(new Claim.Reused());
    }

    @Test
    void only_the_claims_holder_answers_and_only_once() throws SQLException {
        keys.claim(key, "hash-1", FIRST);

        assertThat(keys.answer(key, SECOND, CREATED)).isFalse();
        assertThat(keys.answer(key, FIRST, CREATED)).isTrue();
        assertThat(keys.answer(key, FIRST, new Reply(500, null, "application/json", "{}"))).isFalse();
        assertThat(keys.claim(key, "hash-1", SECOND)).isEqualTo(new Claim.Answered(CREATED));
    }

    @Test
    void a_released_claim_lets_the_next_request_start_afresh() throws SQLException {
        keys.claim(key, "hash-1", FIRST);

        keys.release(key, FIRST);

        assertThat(keys.claim(key, "hash-1", SECOND)).isEqualTo(new Claim.Fresh(SECOND));
    }

    @Test
    void an_answered_claim_is_not_released() throws SQLException {
        keys.claim(key, "hash-1", FIRST);
        keys.answer(key, FIRST, CREATED);

        keys.release(key, FIRST);

        assertThat(keys.claim(key, "hash-1", SECOND)).isEqualTo(new Claim.Answered(CREATED));
    }

    @Test
    void a_claim_unanswered_beyond_its_lease_is_taken_over_once_with_its_ids() throws Exception {
        var shortLease = new IdempotencyKeys(database.dataSource(), DAY, SHORT);
        shortLease.claim(key, "hash-1", FIRST);

        Claim takeover = Eventually.await(AWAIT, () -> shortLease.claim(key, "hash-1", SECOND),
                claim -> !(claim instanceof Claim.InFlight));

        assertThat(takeover).isEqualTo(new Claim.Abandoned(FIRST));
        assertThat(shortLease.claim(key, "hash-1", SECOND)).as("the new holder's lease starts now")
                .isEqualTo(new Claim.InFlight());
    }

    @Test
    void an_expired_key_starts_afresh_with_the_new_request() throws Exception {
        var shortTtl = new IdempotencyKeys(database.dataSource(), SHORT, DAY);
        shortTtl.claim(key, "hash-1", FIRST);
        shortTtl.answer(key, FIRST, CREATED);

        Claim later = Eventually.await(AWAIT, () -> shortTtl.claim(key, "hash-2", SECOND),
                claim -> !(claim instanceof Claim.Reused));

        assertThat(later).isEqualTo(new Claim.Fresh(SECOND));
    }

    @Test
    void keys_older_than_the_time_to_live_are_deleted_and_younger_ones_kept() throws Exception {
        var shortTtl = new IdempotencyKeys(database.dataSource(), SHORT, DAY);
        String old = key + "-old";
        shortTtl.claim(old, "hash-1", FIRST);
        keys.claim(key, "hash-1", FIRST);
        Eventually.await(AWAIT, () -> olderThanShortTtl(old), Boolean::booleanValue);

        assertThat(keys.deleteExpired()).as("nothing is a day old").isZero();
        assertThat(keys.claim(key, "hash-2", SECOND)).as("kept").isEqualTo(new Claim.Reused());

        assertThat(shortTtl.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(keys.claim(old, "hash-2", SECOND)).as("forgotten").isEqualTo(new Claim.Fresh(SECOND));
    }

    @Test
    void of_concurrent_requests_with_one_key_exactly_one_is_fresh_and_the_others_wait() throws Exception {
        int requests = 8;
        var start = new CountDownLatch(1);
        List<Claim> claims;
        try (ExecutorService executor = Executors.newFixedThreadPool(requests)) {
            List<Future<Claim>> futures = IntStream.range(0, requests)
                    .mapToObj(i -> executor.submit((Callable<Claim>) () -> {
                        start.await();
                        return keys.claim(key, "hash-1", new CommandIds("command-" + i, "order-" + i));
                    }))
                    .toList();
            start.countDown();
            claims = futures.stream().map(IdempotencyKeysIT::result).toList();
        }

        assertThat(claims).filteredOn(Claim.Fresh.class::isInstance).hasSize(1);
        assertThat(claims).filteredOn(Claim.InFlight.class::isInstance).hasSize(requests - 1);
    }

    private static boolean olderThanShortTtl(String key) throws SQLException {
        try (var connection = database.dataSource().getConnection();
             var statement = connection.prepareStatement(
                     "SELECT created_at < now() - interval '300 milliseconds' FROM idempotency_keys WHERE key = ?")) {
            statement.setString(1, key);
            try (var row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static Claim result(Future<Claim> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
