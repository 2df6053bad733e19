package io.orderstream.paymentprovider.domain;

/** What the gateway answers to one call of {@code charge}. */
public sealed interface ChargeReply {

    /** The outcome under the key; {@code replayed} when an earlier call made it. */
    record Answered(ChargeOutcome outcome, boolean replayed) implements ChargeReply {
    }

    /** The key was first used with a different request; nothing was done. */
    record KeyReused() implements ChargeReply {
    }

    /** The client gets no answer at all. */
    record ConnectionDropped(NetworkFault fault) implements ChargeReply {
    }
}
