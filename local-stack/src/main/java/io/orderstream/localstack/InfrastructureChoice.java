package io.orderstream.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code ORDERSTREAM_INFRA=containers} asks for Docker containers instead of local processes. local-stack has no
 * container-backed implementation yet, so this only explains why it uses local processes anyway.
 */
final class InfrastructureChoice {

    static final String VARIABLE = "ORDERSTREAM_INFRA";
    static final String CONTAINERS = "containers";
    private static final String DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock";

    private InfrastructureChoice() {
    }

    /** A message to show when containers were asked for, empty when local processes were (the default). */
    static Optional<String> fallbackNotice(Map<String, String> environment) {
        return fallbackNotice(environment, InfrastructureChoice::dockerAnswers);
    }

    static Optional<String> fallbackNotice(Map<String, String> environment, Predicate<String> dockerAnswers) {
        if (!CONTAINERS.equalsIgnoreCase(environment.getOrDefault(VARIABLE, "").trim())) {
            return Optional.empty();
        }
        String dockerHost = environment.getOrDefault("DOCKER_HOST", DEFAULT_DOCKER_HOST);
        if (!dockerAnswers.test(dockerHost)) {
            return Optional.of(VARIABLE + "=" + CONTAINERS + " needs Docker; none found at " + dockerHost
                    + ", using local processes");
        }
        return Optional.of(VARIABLE + "=" + CONTAINERS + ": local-stack has no container-backed stack yet, using local processes");
    }

    /** Whether something accepts connections at DOCKER_HOST; the same quick test Testcontainers starts with. */
    static boolean dockerAnswers(String dockerHost) {
        URI uri = URI.create(dockerHost);
        if ("unix".equals(uri.getScheme())) {
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                return channel.connect(UnixDomainSocketAddress.of(Path.of(uri.getPath())));
            } catch (IOException e) {
                return false;
            }
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1_000);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
