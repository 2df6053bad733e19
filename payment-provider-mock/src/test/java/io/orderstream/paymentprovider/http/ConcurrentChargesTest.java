package io.orderstream.paymentprovider.http;

import static io.orderstream.paymentprovider.http.ProviderClient.chargeJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.paymentprovider.PaymentProviderService;
import io.orderstream.paymentprovider.domain.Gateway;
import io.orderstream.paymentprovider.domain.GatewaySettings;
import io.orderstream.paymentprovider.domain.Sleeper;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.time.TimeSource;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many clients at once, over real connections, with real latency so that calls overlap. */
class ConcurrentChargesTest {

    private static final int CLIENTS = 50;

    private static PaymentProviderService service;
    private static ProviderClient client;

    @BeforeAll
    static void start() {
        var settings = new GatewaySettings(Duration.ofMillis(5), Duration.ofMillis(50), 0.25, 0, 11);
        var gateway = Gateway.create(settings, Sleeper.on(TimeSource.system()), Clock.systemUTC());
        service = PaymentProviderService.start(new Env(Map.of("PAYMENT_PROVIDER_PORT", "0")), gateway,
                new SimpleMeterRegistry());
        client = new ProviderClient(service.port());
    }

    @AfterAll
    static void stop() {
        client.close();
        service.close();
    }

    private static List<HttpResponse<String>> sendAll(List<CompletableFuture<HttpResponse<String>>> calls) {
        return calls.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void concurrent_calls_with_one_key_charge_once_and_all_answer_the_same() throws Exception {
        String body = chargeJson("cust-1", 1250, "EUR", "order-same-key");

        var responses = sendAll(IntStream.range(0, CLIENTS)
                .mapToObj(i -> client.chargeAsync("same-key", body)).toList());

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(responses.getFirst().statusCode());
        assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.getFirst().body());
        assertThat(client.chargesWithReference("order-same-key").get("charges")).hasSize(1);
    }

    @Test
    void concurrent_calls_with_distinct_keys_each_charge_once() throws Exception {
        var responses = sendAll(IntStream.range(0, CLIENTS)
                .mapToObj(i -> client.chargeAsync("distinct-key-" + i, chargeJson("cust-1", 100, "EUR", "order-distinct")))
                .toList());

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201, 402);
        assertThat(client.chargesWithReference("order-distinct").get("charges")).hasSize(CLIENTS);
    }
}
