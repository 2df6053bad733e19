package io.orderstream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ThreadLocalRandom;

/** Tells whether a TCP port can be listened on, before a process fails on it with a less helpful message. */
final class PortCheck {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private PortCheck() {
    }

    /** @param variable the environment variable that configures this port, named in the error */
    static void requireFree(int port, String variable) {
        if (!isFree(port)) {
            throw new PortInUseException(port, variable);
        }
    }

    static boolean isFree(int port) {
        return canBind(port) && !isListening("localhost", port);
    }

    static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Ports for test stacks come from below the kernel's ephemeral range (Linux: 32768-60999; Windows and macOS: from
     * 49152): a port the kernel hands out for {@code bind(0)} is also one it hands to outgoing connections as their
     * local port, so between picking it and the process listening on it a client connection could take it.
     */
    static final int FIRST_TEST_PORT = 15_000;
    static final int LAST_TEST_PORT = 32_000;
    private static final int ATTEMPTS = 1_000;

    /** Distinct ports that were free a moment ago; held open together so none is handed out twice. */
    static int[] freePorts(int count) {
        var sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = boundToFreeTestPort();
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            closeAll(sockets);
        }
    }

    private static ServerSocket boundToFreeTestPort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST_TEST_PORT, LAST_TEST_PORT + 1);
            try {
                var socket = new ServerSocket();
                try {
                    socket.bind(new InetSocketAddress(port));
                    return socket;
                } catch (IOException taken) {
                    socket.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not open a socket to find free ports", e);
            }
        }
        throw new UncheckedIOException(new IOException("no free port between " + FIRST_TEST_PORT + " and "
                + LAST_TEST_PORT + " after " + ATTEMPTS + " attempts"));
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as servers do: a connection in TIME_WAIT does not make the port busy
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeAll(ServerSocket[] sockets) {
        for (ServerSocket socket : sockets) {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // it was only held to reserve the number
                }
            }
        }
    }

    static final class PortInUseException extends IllegalStateException {

        PortInUseException(int port, String variable) {
            super("port " + port + " is in use; set " + variable + " to another port");
        }
    }
}
