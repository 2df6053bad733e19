package io.orderstream.platform.loop;

import io.orderstream.platform.http.ServiceServer;

/** A started {@link TransactionalLoop} and the HTTP side that reports it ready while it runs. */
public final class LoopService implements AutoCloseable {

    private final TransactionalLoop<?, ?> loop;
    private final ServiceServer server;

    private LoopService(TransactionalLoop<?, ?> loop, ServiceServer server) {
        this.loop = loop;
        this.server = server;
    }

    /** Starts the HTTP side with the loop's readiness; closes the loop when the server does not start. */
    public static LoopService start(TransactionalLoop<?, ?> loop, ServiceServer.Builder http) {
        try {
            return new LoopService(loop, http.readiness(new LoopReadiness(loop)).start());
        } catch (RuntimeException e) {
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
    }
}
