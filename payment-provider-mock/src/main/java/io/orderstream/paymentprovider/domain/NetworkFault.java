package io.orderstream.paymentprovider.domain;

/** A simulated network failure of one call. */
public enum NetworkFault {
    NONE,
    /** The connection drops before the request is processed: nothing is charged or recorded. */
    DROP_BEFORE_CHARGE,
    /** The request is processed, then the connection drops before the answer: the client cannot know the outcome. */
    DROP_AFTER_CHARGE
}
