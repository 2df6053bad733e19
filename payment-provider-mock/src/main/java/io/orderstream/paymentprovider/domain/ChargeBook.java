package io.orderstream.paymentprovider.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The first outcome under each idempotency key, and through it the ledger of charges (an {@link IdempotentBook}).
 * Recording is atomic per key: of any number of concurrent calls with one key, exactly one
 * records its outcome and every other answers that outcome.
 */
public final class ChargeBook {

    private final IdempotentBook<ChargeRequest, ChargeOutcome, Charge> book = new IdempotentBook<>(
            outcome -> outcome instanceof ChargeOutcome.Charged charged ? Optional.of(charged.charge()) : Optional.empty(),
            Charge::id);

    /** Records {@code candidate} unless the key already has an outcome; answers the outcome that holds. */
    public GatewayReply<ChargeOutcome> recordFirst(String idempotencyKey, ChargeRequest request, ChargeOutcome candidate) {
        return book.recordFirst(idempotencyKey, request, ignored -> candidate);
    }

    /** Every charge made, oldest first. */
    public List<Charge> charges() {
        return book.entries().stream()
                .sorted(Comparator.comparing(Charge::createdAt).thenComparing(Charge::id))
                .toList();
    }

    /** At most {@code limit} charges from position {@code from} of the recording order, see {@link IdempotentBook#page}. */
    public LedgerPage<Charge> page(int from, int limit) {
        return book.page(from, limit);
    }

    public Optional<Charge> charge(String chargeId) {
        return book.find(chargeId);
    }

    public List<Charge> chargesWithReference(String reference) {
        return charges().stream().filter(charge -> charge.reference().equals(reference)).toList();
    }
}
