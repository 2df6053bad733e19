package io.orderstream.platform.loop;

/** Where a {@link TransactionalLoop} is in its life. Only {@link #RUNNING} is ready. */
public enum LoopState {
    /** Created or started, its producer not yet initialised. */
    STARTING,
    /** Consuming and producing. */
    RUNNING,
    /** Stopped by {@link TransactionalLoop#close()}. */
    STOPPED,
    /** Stopped because another producer with its transactional id took over. */
    FENCED,
    /** Stopped by an error it cannot recover from. */
    FAILED
}
