package io.orderstream.orderapi.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.store.IdempotencyKeys.Claim;
import io.orderstream.platform.db.Database;
import java.sql.SQLException;
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

    private static Database database;
    private static IdempotencyKeys keys;

    private final String key = "key-" + UUID.randomUUID();

    @BeforeAll
    static void migrate() {
        database = TestStack.migratedDatabase("idempotency");
        keys = new IdempotencyKeys(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void a_new_key_is_fresh_for_the_proposed_order() throws SQLException {
        assertThat(keys.claim(key, "hash-1", "order-1")).isEqualTo(new Claim.Fresh("order-1"));
    }

    @Test
    void the_same_key_with_the_same_request_repeats_the_first_order() throws SQLException {
        keys.claim(key, "hash-1", "order-1");

        assertThat(keys.claim(key, "hash-1", "order-2")).isEqualTo(new Claim.Repeated("order-1"));
    }

    @Test
    void the_same_key_with_another_request_is_reused() throws SQLException {
        keys.claim(key, "hash-1", "order-1");

        assertThat(keys.claim(key, "hash-2", "order-2")).isEqualTo(new Claim.Reused());
    }

    @Test
    void of_concurrent_requests_with_one_key_exactly_one_is_fresh_and_all_agree_on_its_order() throws Exception {
        int requests = 8;
        var start = new CountDownLatch(1);
        List<Claim> claims;
        try (ExecutorService executor = Executors.newFixedThreadPool(requests)) {
            List<Future<Claim>> futures = IntStream.range(0, requests)
                    .mapToObj(i -> executor.submit((Callable<Claim>) () -> {
                        start.await();
                        return keys.claim(key, "hash-1", "order-" + i);
                    }))
                    .toList();
            start.countDown();
            claims = futures.stream().map(IdempotencyKeysIT::result).toList();
        }

        List<Claim> fresh = claims.stream().filter(Claim.Fresh.class::isInstance).toList();
        assertThat(fresh).hasSize(1);
        String orderId = ((Claim.Fresh) fresh.getFirst()).orderId();
        assertThat(claims).filteredOn(Claim.Repeated.class::isInstance)
                .hasSize(requests - 1)
                .allSatisfy(claim -> assertThat(((Claim.Repeated) claim).orderId()).isEqualTo(orderId));
    }

    private static Claim result(Future<Claim> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
