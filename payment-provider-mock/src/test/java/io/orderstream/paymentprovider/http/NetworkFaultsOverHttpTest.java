package io.orderstream.paymentprovider.http;

import static io.orderstream.paymentprovider.http.ProviderClient.chargeJson;
import static io.orderstream.paymentprovider.http.ProviderClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.paymentprovider.PaymentProviderService;
import io.orderstream.paymentprovider.domain.NetworkFault;
import io.orderstream.paymentprovider.domain.ScriptedFaults;
import io.orderstream.paymentprovider.domain.TestGateways;
import io.orderstream.platform.config.Env;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NetworkFaultsOverHttpTest {

    private static final String CHARGE = chargeJson("cust-1", 1250, "EUR", "order-1");

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private PaymentProviderService service;
    private ProviderClient client;

    private void startWithFaults(NetworkFault... faults) {
        var gateway = TestGateways.neverDeclining(new ScriptedFaults(faults));
        service = PaymentProviderService.start(new Env(Map.of("PAYMENT_PROVIDER_PORT", "0")), gateway, metrics);
        client = new ProviderClient(service.port());
    }

    @AfterEach
    void stop() {
        client.close();
        service.close();
    }

    @Test
    void a_drop_before_the_charge_reaches_the_client_as_an_io_error_and_charges_nothing() throws Exception {
        startWithFaults(NetworkFault.DROP_BEFORE_CHARGE);

        assertThatThrownBy(() -> client.charge("key-1", CHARGE))
                .isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(client.ledger().get("charges")).isEmpty();
    }

    @Test
    void a_retry_after_a_drop_before_the_charge_charges_once() throws Exception {
        startWithFaults(NetworkFault.DROP_BEFORE_CHARGE);
        assertThatThrownBy(() -> client.charge("key-1", CHARGE)).isInstanceOf(IOException.class);

        var retry = client.charge("key-1", CHARGE);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue(ChargeResponses.REPLAYED_HEADER)).isEmpty();
        assertThat(client.ledger().get("charges")).hasSize(1);
    }

    @Test
    void a_drop_after_the_charge_reaches_the_client_as_an_io_error_though_the_charge_is_made() throws Exception {
        startWithFaults(NetworkFault.DROP_AFTER_CHARGE);

        assertThatThrownBy(() -> client.charge("key-1", CHARGE))
                .isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(client.ledger().get("charges")).hasSize(1);
    }

    @Test
    void a_retry_after_a_drop_after_the_charge_answers_201_with_the_charge_made() throws Exception {
        startWithFaults(NetworkFault.DROP_AFTER_CHARGE);
        assertThatThrownBy(() -> client.charge("key-1", CHARGE)).isInstanceOf(IOException.class);
        String chargeMade = client.chargesWithReference("order-1").get("charges").get(0).get("chargeId").asText();

        var retry = client.charge("key-1", CHARGE);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(json(retry).get("chargeId").asText()).isEqualTo(chargeMade);
        assertThat(retry.headers().firstValue(ChargeResponses.REPLAYED_HEADER)).hasValue("true");
        assertThat(client.ledger().get("charges")).hasSize(1);
    }

    @Test
    void dropped_calls_are_counted_by_fault() throws Exception {
        startWithFaults(NetworkFault.DROP_BEFORE_CHARGE, NetworkFault.DROP_AFTER_CHARGE);
        assertThatThrownBy(() -> client.charge("key-1", CHARGE)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> client.charge("key-1", CHARGE)).isInstanceOf(IOException.class);

        assertThat(count("drop_before_charge")).isEqualTo(1);
        assertThat(count("drop_after_charge")).isEqualTo(1);
    }

    private double count(String outcome) {
        return metrics.get(CallMetrics.CHARGES).tag("outcome", outcome).counter().count();
    }
}
