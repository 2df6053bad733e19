package io.orderstream.orderapi.merchant;

import io.orderstream.orderapi.store.MerchantStore;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.time.Deadline;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.merchant.Merchant;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Every change of a merchant goes through Kafka: the whole merchant, one version more, is produced to the merchants
 * topic, and the change is answered once the read model's projection shows that version (or a 503 saying it may
 * still apply, after {@code wait}). A change claims its version first ({@link MerchantStore#claim}): of two
 * concurrent changes of one merchant the second waits for the first and is applied on top of it, never lost.
 */
public final class MerchantChanges {

    /** How long a claimed version is the claimer's: longer than a send may take, so only a crash abandons one. */
    static final Duration CLAIM_LEASE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final int MAX_ATTEMPTS = 5;

    private final MerchantStore store;
    private final MerchantPublisher publisher;
    private final TimeSource time;
    private final Duration wait;

    public MerchantChanges(MerchantStore store, MerchantPublisher publisher, TimeSource time, Duration wait) {
        this.store = store;
        this.publisher = publisher;
        this.time = time;
        this.wait = wait;
    }

    /** Creates a merchant (version 1) with a new API key; answers both once the read model has it. */
    CreatedMerchant create(MerchantBody body) throws SQLException {
        String apiKey = ApiKeys.generate();
        var now = time.now();
        Merchant merchant = MerchantFields.applied(Merchant.newBuilder()
                .setMerchantId(UUID.randomUUID().toString())
                .setApiKeyHash(ApiKeys.hash(apiKey))
                .setVersion(1)
                .setCreatedAt(now)
                .setUpdatedAt(now), body).build();
        publisher.publish(merchant);
        awaitVersion(merchant.getMerchantId(), merchant.getVersion());
        return new CreatedMerchant(MerchantView.of(merchant), apiKey);
    }

    /** Applies the change to the merchant's latest version; answers the merchant once the read model has it. */
    Merchant change(String merchantId, UnaryOperator<Merchant.Builder> change) throws SQLException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Merchant current = store.find(merchantId)
                    .orElseThrow(() -> new ProblemException(MerchantProblems.merchantNotFound(merchantId)));
            long next = current.getVersion() + 1;
            if (store.claim(merchantId, next, CLAIM_LEASE)) {
                Merchant changed = change.apply(Merchant.newBuilder(current))
                        .setVersion(next).setUpdatedAt(time.now()).build();
                publisher.publish(changed);
                awaitVersion(merchantId, next);
                return changed;
            }
            awaitVersion(merchantId, next); // another request is producing it: change what it makes
        }
        throw new ProblemException(MerchantProblems.busy(merchantId));
    }

    private void awaitVersion(String merchantId, long version) throws SQLException {
        Deadline deadline = time.deadline(wait);
        while (store.version(merchantId) < version) {
            if (deadline.passed()) {
                throw new ProblemException(MerchantProblems.notYetApplied(merchantId, version));
            }
            time.pause(POLL);
        }
    }
}
