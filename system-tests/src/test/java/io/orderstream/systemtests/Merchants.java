package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.Eventually;
import java.time.Duration;

/** The operator's calls of issue 10: merchants created and their keys rotated with {@code ORDERSTREAM_ADMIN_TOKEN}. */
final class Merchants {

    private static final Duration KEY_USABLE_WITHIN = Duration.ofSeconds(30);

    /** A merchant as the operator created it, with the API key shown once. */
    record Merchant(String id, String apiKey, int feeBasisPoints) {
    }

    private final RunningSystem system;
    private final ApiClient admin;

    Merchants(RunningSystem system) {
        this.system = system;
        this.admin = new ApiClient(system.apiUrl()).withToken(system.adminToken());
    }

    ApiClient admin() {
        return admin;
    }

    /** A client acting as the merchant, by its key. */
    ApiClient as(Merchant merchant) {
        return new ApiClient(system.apiUrl()).withToken(merchant.apiKey());
    }

    /** Creates a merchant and waits until its key is accepted (merchants go through Kafka like every command). */
    Merchant create(String legalName, int feeBasisPoints) throws Exception {
        var created = admin.post("/merchants", body(legalName, feeBasisPoints));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var merchant = new Merchant(created.body().get("id").asText(), created.body().get("apiKey").asText(),
                feeBasisPoints);
        assertThat(merchant.apiKey()).startsWith("osk_");
        assertThat(created.raw().headers().firstValue("Location")).hasValue("/merchants/" + merchant.id());
        Eventually.await(KEY_USABLE_WITHIN, () -> as(merchant).get("/merchants/" + merchant.id()).status(),
                status -> status == 200);
        return merchant;
    }

    /** Rotates the merchant's key: the answer's new key, with which the merchant goes on. */
    Merchant rotateKey(Merchant merchant) throws Exception {
        var rotated = admin.post("/merchants/" + merchant.id() + "/api-keys", "{}");
        assertThat(rotated.status()).as(rotated.raw().body()).isEqualTo(201);
        assertThat(rotated.body().get("merchantId").asText()).isEqualTo(merchant.id());
        var again = new Merchant(merchant.id(), rotated.body().get("apiKey").asText(), merchant.feeBasisPoints());
        Eventually.await(KEY_USABLE_WITHIN, () -> as(again).get("/merchants/" + again.id()).status(),
                status -> status == 200);
        return again;
    }

    static String body(String legalName, int feeBasisPoints) {
        return """
                {"legalName": "%s", "country": "DE",
                 "address": {"line1": "Hauptstr. 1", "line2": null, "postalCode": "10115", "city": "Berlin"},
                 "payoutAccount": {"holder": "%s", "iban": "DE89370400440532013000"},
                 "feeBasisPoints": %d}""".formatted(legalName, legalName, feeBasisPoints);
    }

    /** The fee the platform keeps of a shipment: amount × basis points / 10,000, rounded down. */
    static long fee(long amount, int feeBasisPoints) {
        return Math.floorDiv(amount * feeBasisPoints, 10_000L);
    }
}
