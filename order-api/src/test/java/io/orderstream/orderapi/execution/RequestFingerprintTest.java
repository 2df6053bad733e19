package io.orderstream.orderapi.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.api.CreateOrderRequest;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.RequestFingerprint;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final String BODY = """
            {"customerEmail": "a@b.com", "currency": "EUR",
             "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""";

    private static String fingerprint(String operation, String body) {
        return RequestFingerprint.of(operation, Json.parse(body, CreateOrderRequest.class));
    }

    @Test
    void the_same_request_has_the_same_fingerprint() {
        assertThat(fingerprint("POST /orders", BODY)).isEqualTo(fingerprint("POST /orders", BODY));
    }

    @Test
    void whitespace_and_field_order_do_not_change_the_fingerprint() {
        String reordered = """
                {"lines":[{"unitPrice":1250,"quantity":2,"name":"Mug","sku":"SKU-1"}],
                      "currency":"EUR","customerEmail":"a@b.com"}""";

        assertThat(fingerprint("POST /orders", reordered)).isEqualTo(fingerprint("POST /orders", BODY));
    }

    @Test
    void a_different_value_changes_the_fingerprint() {
        String moreMugs = BODY.replace("\"quantity\": 2", "\"quantity\": 3");

        assertThat(fingerprint("POST /orders", moreMugs)).isNotEqualTo(fingerprint("POST /orders", BODY));
    }

    @Test
    void the_same_body_for_another_operation_has_another_fingerprint() {
        assertThat(fingerprint("POST /subscriptions", BODY)).isNotEqualTo(fingerprint("POST /orders", BODY));
    }

    @Test
    void the_fingerprint_is_a_sha256_in_hex() {
        assertThat(fingerprint("POST /orders", BODY)).matches("[0-9a-f]{64}");
    }
}
