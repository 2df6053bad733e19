package io.orderstream.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.testing.StackService;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.time.ManualTimeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * billing-scheduler instances sharing one deployment on the local stack: the same topics, database and provider
 * (the real payment-provider-mock in-process, behind a {@link FlakyProxy}), each with an INSTANCE_ID of its own,
 * all on one {@link ManualTimeSource}. Retry tiers of 0.3 s and 0.6 s; the run's scheduler ticks every 0.2 s.
 */
final class BillingStack implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(90);

    final ManualTimeSource time;
    final InProcessProvider provider;
    final FlakyProxy proxy;
    final Env env;
    /** The variables of {@link #env}, for an instance in a process of its own. */
    final Map<String, String> variables;
    private final Database fixture;
    private final List<StackService<BillingSchedulerService>> instances = new ArrayList<>();

    BillingStack(Instant now, Map<String, String> variables) {
        this(now, variables, new InProcessProvider());
    }

    /** With the test's provider (a latency of its choice, say). */
    BillingStack(Instant now, Map<String, String> variables, InProcessProvider provider) {
        this(now, variables, provider, true);
    }

    /** The database, topics and provider alone: the test starts its instances in processes of their own. */
    static BillingStack withoutInstances(Instant now, Map<String, String> variables) {
        return new BillingStack(now, variables, new InProcessProvider(), false);
    }

    private BillingStack(Instant now, Map<String, String> variables, InProcessProvider provider,
                         boolean startFirstInstance) {
        this.provider = provider;
        this.proxy = new FlakyProxy(provider.url());
        time = new ManualTimeSource(now);
        var own = new HashMap<>(BillingTestStack.isolatedDatabase("billing_run"));
        own.putAll(Map.of(
                "BILLING_SCHEDULER_PORT", "0",
                "PAYMENT_PROVIDER_URL", proxy.url().toString(),
                "PAYMENT_PROVIDER_TIMEOUT", "PT5S",
                "RETRY_BACKOFFS", "PT0.3S,PT0.6S",
                "BILLING_TICK", "PT0.2S"));
        this.variables = StackService.variables("billing", own, variables);
        env = new Env(this.variables);
        if (startFirstInstance) {
            instances.add(start("0"));
        }
        fixture = Database.connect(env, "billing-fixture", "billing").migrate(); // a no-op when an instance has migrated
    }

    /** Another instance of the same deployment. */
    StackService<BillingSchedulerService> startInstance(String instanceId) {
        var instance = start(instanceId);
        instances.add(instance);
        return instance;
    }

    private StackService<BillingSchedulerService> start(String instanceId) {
        Env own = env.with("INSTANCE_ID", instanceId);
        return new StackService<>(() -> BillingSchedulerService.start(own, time), BillingSchedulerService::port);
    }

    StackService<BillingSchedulerService> first() {
        return instances.getFirst();
    }

    DataSource database() {
        return fixture.dataSource();
    }

    HttpResponse<String> get(String path) {
        return first().get(path);
    }

    static HttpResponse<String> post(StackService<BillingSchedulerService> instance, String path, String json) {
        return post(instance.service().port(), path, json);
    }

    static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build());
    }

    static HttpResponse<String> post(int port, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> startRun(String period) {
        return post(first(), "/billing-runs", "{\"period\":\"" + period + "\"}");
    }

    /** Every invoice of the period is PAID, with exactly one charge at the provider: the one it booked. */
    void assertOneCaptureForEachInvoice(InvoiceTable invoices, String period) throws SQLException {
        invoices.period(period).values().forEach(row -> {
            assertThat(row.status()).as(row.id()).isEqualTo("PAID");
            List<Charge> charges = provider.chargesFor(row.id());
            assertThat(charges).as("charges of " + row.id()).singleElement()
                    .satisfies(charge -> assertThat(charge.id()).isEqualTo(row.chargeId()));
        });
    }

    @Override
    public void close() {
        instances.forEach(StackService::close);
        fixture.close();
        proxy.close();
        provider.close();
    }
}
