package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.LocalStack;
import io.orderstream.localstack.bench.BenchSettings;
import io.orderstream.localstack.bench.BenchTarget;
import io.orderstream.localstack.bench.OrderPath;
import io.orderstream.localstack.bench.OrdersBench;
import io.orderstream.localstack.bench.Summary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of {@code bin/orderstream bench orders} (its {@link OrdersBench}) for a few seconds with two clients
 * against every service on the real stack: it creates orders, sees them close on {@code orders.state} and measures
 * the raw producer. It judges that the benchmark works, never how fast anything is.
 */
class BenchOrdersIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start();
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    void a_short_run_on_the_installment_path_closes_orders_without_errors_and_measures_the_raw_producer() throws Exception {
        var settings = new BenchSettings(2, Optional.of(Duration.ofSeconds(5)), OptionalLong.empty(), OrderPath.INSTALLMENTS,
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(2), List.of());
        LocalStack stack = LocalStack.shared();
        var target = new BenchTarget(List.of(URI.create(system.apiUrl())), stack.bootstrapServers(), stack.registryUrl(),
                system.topicPrefix(), Map.of());
        var output = new StringWriter();

        Summary summary = new OrdersBench(settings, target, new PrintWriter(output), false).run();

        assertThat(summary.created()).as(output.toString()).isPositive();
        assertThat(summary.closed()).as(output.toString()).isPositive();
        assertThat(summary.notClosed()).as(output.toString()).isZero();
        assertThat(summary.errors()).as(output.toString()).isEmpty();
        assertThat(summary.createLatency().count()).isEqualTo(summary.created());
        assertThat(summary.closeLatency().count()).isEqualTo(summary.closed());
        assertThat(summary.rawProducer().perSecond()).as(output.toString()).isPositive();
        assertThat(summary.pipelineRecords()).isPositive();
        assertThat(output.toString()).contains("create -> CLOSED", "bench (this JVM)", "pipeline / raw");
    }
}
