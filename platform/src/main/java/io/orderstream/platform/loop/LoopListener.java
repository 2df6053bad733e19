package io.orderstream.platform.loop;

/** Told of every batch whose transaction committed: the place for counters that must not count aborted work. */
@FunctionalInterface
public interface LoopListener<O> {

    /** Called on the loop's thread right after the commit; it must not throw. */
    void committed(ProcessedBatch<O> batch);

    static <O> LoopListener<O> none() {
        return batch -> { };
    }
}
