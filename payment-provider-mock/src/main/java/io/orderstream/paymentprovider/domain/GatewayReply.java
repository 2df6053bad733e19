package io.orderstream.paymentprovider.domain;

/** What the gateway answers to one call (a charge, a payout, a refund) whose outcome is an {@code O}. */
public sealed interface GatewayReply<O> {

    /** The outcome under the key; {@code replayed} when an earlier call made it. */
    record Answered<O>(O outcome, boolean replayed) implements GatewayReply<O> {
    }

    /** The key was first used with a different request; nothing was done. */
    record KeyReused<O>() implements GatewayReply<O> {
    }

    /** The client gets no answer at all. */
    record ConnectionDropped<O>(NetworkFault fault) implements GatewayReply<O> {
    }
}
