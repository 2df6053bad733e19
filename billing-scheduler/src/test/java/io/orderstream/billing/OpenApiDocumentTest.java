package io.orderstream.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.billing.api.BillingApiCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The served contract names the customer and invoice endpoints, their methods and every code they answer. */
class OpenApiDocumentTest {

    private static String text() throws IOException {
        try (InputStream document = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new String(document.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_customer_and_invoice_endpoints_are_described_with_their_methods() throws IOException {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(text()).get("paths");

        assertThat(paths).containsKeys("/customers", "/customers/{id}", "/invoices", "/invoices/{id}");
        assertThat(paths.get("/customers")).containsOnlyKeys("post");
        assertThat(paths.get("/customers/{id}")).containsOnlyKeys("get");
        assertThat(paths.get("/invoices")).containsOnlyKeys("post", "get");
        assertThat(paths.get("/invoices/{id}")).containsOnlyKeys("get");
    }

    @Test
    void every_code_of_the_customer_and_invoice_endpoints_is_named() throws IOException {
        assertThat(text()).contains(BillingApiCode.INVALID_IDEMPOTENCY_KEY.code(),
                BillingApiCode.CUSTOMER_NOT_FOUND.code(), BillingApiCode.INVOICE_NOT_FOUND.code(),
                BillingApiCode.CUSTOMER_EXISTS.code(), BillingApiCode.INVOICE_EXISTS.code(),
                BillingApiCode.UNKNOWN_CUSTOMER.code(), BillingApiCode.INVOICE_CURRENCY_MISMATCH.code(),
                BillingApiCode.IDEMPOTENCY_KEY_REUSED.code(), "missing_body", "malformed_json", "invalid_json_type",
                "unsupported_media_type", "validation_failed", "invalid_query", "service_unavailable", "required",
                "customer_id_invalid", "invoice_id_invalid", "provider_customer_id_invalid", "name_invalid",
                "control_character", "invalid_currency", "not_positive", "out_of_range", "period_invalid",
                "status_invalid", "limit_invalid", "cursor_invalid");
    }
}
