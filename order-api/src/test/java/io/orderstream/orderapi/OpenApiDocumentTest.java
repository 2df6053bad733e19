package io.orderstream.orderapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The served contract names every endpoint, method and error code the service has. */
class OpenApiDocumentTest {

    private static String text() throws IOException {
        try (InputStream document = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new String(document.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_endpoint_is_described_with_its_methods() throws IOException {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(text()).get("paths");

        assertThat(paths).containsOnlyKeys("/orders", "/orders/{id}", "/orders/{id}/payments",
                "/orders/{id}/cancel", "/orders/{id}/shipments", "/orders/{id}/cancel-remainder",
                "/orders/{id}/events", "/commands/{id}", "/merchants", "/merchants/{id}",
                "/merchants/{id}/api-keys", "/merchants/{id}/payouts");
        assertThat(paths.get("/merchants")).containsOnlyKeys("post");
        assertThat(paths.get("/merchants/{id}")).containsOnlyKeys("get", "patch");
        assertThat(paths.get("/merchants/{id}/api-keys")).containsOnlyKeys("post");
        assertThat(paths.get("/merchants/{id}/payouts")).containsOnlyKeys("get");
        assertThat(paths.get("/orders")).containsOnlyKeys("post", "get");
        assertThat(paths.get("/orders/{id}/payments")).containsOnlyKeys("post");
        assertThat(paths.get("/orders/{id}/cancel")).containsOnlyKeys("post");
        assertThat(paths.get("/orders/{id}/shipments")).containsOnlyKeys("post");
        assertThat(paths.get("/orders/{id}/cancel-remainder")).containsOnlyKeys("post");
        assertThat(paths.get("/commands/{id}")).containsOnlyKeys("get");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_shipment_notice_is_described_with_the_merchant_key_it_needs() throws IOException {
        Map<String, Object> document = new Yaml().load(text());
        var paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        var schemes = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("securitySchemes");

        assertThat(paths.get("/orders/{id}/shipments").get("post").get("security"))
                .isEqualTo(java.util.List.of(Map.of("merchantKey", java.util.List.of())));
        assertThat(schemes).containsKey("merchantKey");
    }

    @Test
    void every_error_code_is_named() throws IOException {
        assertThat(text()).contains("missing_body", "malformed_json", "invalid_json_type", "invalid_idempotency_key",
                "invalid_query", "status_invalid", "limit_invalid", "cursor_invalid", "payment_declined",
                "payment_failed", "order_not_found", "command_not_found", "payment_id_conflict", "invalid_state",
                "idempotency_key_in_use", "payload_too_large", "validation_failed", "invalid_amount",
                "payment_exceeds_balance", "idempotency_key_reused", "service_unavailable", "email_invalid",
                "currency_unsupported", "lines_count_out_of_range", "sku_blank", "sku_too_long", "name_invalid",
                "quantity_out_of_range", "unit_price_not_positive", "sku_duplicate", "total_exceeds_maximum",
                "unsupported_media_type", "bad_request", "internal_error", "control_character", "out_of_range",
                "payment_method_too_long", "payment_id_invalid", "reason_too_long", "merchant_key_required",
                "invoice_number_taken", "shipment_exceeds_remaining", "shipment_id_conflict", "order_limit_reached",
                "payment_terms_invalid", "invoice_number_invalid", "tracking_code_invalid", "shipment_id_invalid");
    }

    @Test
    void every_merchant_code_and_both_security_schemes_are_named() throws IOException {
        assertThat(text()).contains("admin_token_required", "invalid_api_key", "merchant_not_found", "country_invalid",
                "iban_invalid", "fee_out_of_range", "text_too_long", "adminToken:", "merchantKey:");
    }
}
