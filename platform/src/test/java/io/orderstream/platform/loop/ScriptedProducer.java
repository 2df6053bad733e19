package io.orderstream.platform.loop;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** A transactional mock producer whose next commits or aborts can be made to fail. */
final class ScriptedProducer extends MockProducer<byte[], byte[]> {

    private final Queue<RuntimeException> commitFailures = new ConcurrentLinkedQueue<>();
    private final Queue<RuntimeException> abortFailures = new ConcurrentLinkedQueue<>();

    ScriptedProducer() {
        super(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    ScriptedProducer failingNextCommit(RuntimeException failure) {
        commitFailures.add(failure);
        return this;
    }

    ScriptedProducer failingNextAbort(RuntimeException failure) {
        abortFailures.add(failure);
        return this;
    }

    @Override
    public void commitTransaction() {
        RuntimeException failure = commitFailures.poll();
        if (failure != null) {
            throw failure;
        }
        super.commitTransaction();
    }

    @Override
    public void abortTransaction() {
        RuntimeException failure = abortFailures.poll();
        if (failure != null) {
            throw failure;
        }
        super.abortTransaction();
    }
}
