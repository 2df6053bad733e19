package io.orderstream.localstack.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Option;

/** The command line of {@code bench orders}, as picocli fills it; {@link #settings()} checks it. */
public final class OrdersBenchArguments {

    static final Duration DEFAULT_DURATION = Duration.ofSeconds(30);

    @Option(names = "--clients", defaultValue = "16", description = "concurrent clients, each one order after the other (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--duration", converter = Durations.class,
            description = "how long the load is measured after the warm-up: 30s, 2m, PT30S (default 30s)")
    Duration duration;

    @Option(names = "--orders", description = "instead of --duration: stop after this many orders created after the warm-up")
    Long orders;

    @Option(names = "--path", defaultValue = "installments",
            description = "installments (create, then pay in 3 installments), pay (create-and-pay) or mix (default ${DEFAULT-VALUE})")
    String path;

    @Option(names = "--warmup", defaultValue = "5s", converter = Durations.class,
            description = "load before the measurement starts, not counted (default ${DEFAULT-VALUE})")
    Duration warmup;

    @Option(names = "--drain", defaultValue = "60s", converter = Durations.class,
            description = "longest wait after the load for its orders to close (default ${DEFAULT-VALUE})")
    Duration drain;

    @Option(names = "--raw-producer", defaultValue = "5s", converter = Durations.class,
            description = "how long the raw Kafka producer rate is measured (default ${DEFAULT-VALUE})")
    Duration rawProducer;

    @Option(names = "--order-api", description = "order-api base URL, repeatable (clients spread over them); default: the stack's")
    List<URI> orderApis = new ArrayList<>();

    /** @throws IllegalArgumentException naming the option that is wrong */
    public BenchSettings settings() {
        Optional<Duration> measured = orders == null ? Optional.of(duration == null ? DEFAULT_DURATION : duration)
                : Optional.ofNullable(duration);
        if (orders != null && duration != null) {
            throw new IllegalArgumentException("give either --duration or --orders, not both");
        }
        OptionalLong count = orders == null ? OptionalLong.empty() : OptionalLong.of(orders);
        orderApis.forEach(OrdersBenchArguments::requireHttp);
        return new BenchSettings(clients, measured, count, OrderPath.parse(path), warmup, drain, rawProducer, orderApis);
    }

    private static void requireHttp(URI uri) {
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--order-api must be an http URL such as http://localhost:8080: " + uri);
        }
    }
}
