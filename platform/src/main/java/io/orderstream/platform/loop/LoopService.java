package io.orderstream.platform.loop;

import io.orderstream.platform.health.BrokerReadiness;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.kafka.KafkaSettings;

/**
 * A started {@link TransactionalLoop} and the HTTP side that reports it ready while it runs and its broker answers
 * ({@link LoopReadiness} and {@link BrokerReadiness}): a running loop whose broker is gone handles nothing.
 */
public final class LoopService implements AutoCloseable {

    private final TransactionalLoop<?, ?> loop;
    private final BrokerReadiness broker;
    private final ServiceServer server;

    private LoopService(TransactionalLoop<?, ?> loop, BrokerReadiness broker, ServiceServer server) {
        this.loop = loop;
        this.broker = broker;
        this.server = server;
    }

    /** Starts the HTTP side with the loop's and the broker's readiness; closes the loop when the server does not start. */
    public static LoopService start(TransactionalLoop<?, ?> loop, ServiceServer.Builder http, KafkaSettings kafka) {
        BrokerReadiness broker = null;
        try {
            broker = BrokerReadiness.connect(kafka, loop.settings().service() + "-readiness");
            return new LoopService(loop, broker, http.readiness(new LoopReadiness(loop)).readiness(broker).start());
        } catch (RuntimeException e) {
            if (broker != null) {
                broker.close();
            }
            loop.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public LoopState state() {
        return loop.state();
    }

    /** Stops answering, then the loop: the records in flight finish and their batch commits first. */
    @Override
    public void close() {
        server.close();
        loop.close();
        broker.close();
    }
}
