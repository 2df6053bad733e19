package io.orderstream.billing.api;

import static io.orderstream.billing.api.BillingRoutesHarness.assertProblem;
import static io.orderstream.billing.api.BillingRoutesHarness.fieldCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.billing.api.BillingRoutesHarness.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /customers} and {@code GET /customers/{id}} over HTTP, with a real database. */
class CustomerRoutesIT {

    private static BillingRoutesHarness api;

    @BeforeAll
    static void start() {
        api = BillingRoutesHarness.start("customer_routes");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String newId() {
        return "cus-" + UUID.randomUUID();
    }

    static String customer(String id, String currency) {
        return """
                {"id": "%s", "name": "Ada", "currency": "%s", "providerCustomerId": "cust-1"}""".formatted(id, currency);
    }

    @Test
    void a_created_customer_is_answered_201_with_its_location_and_read_back_the_same() {
        String id = newId();

        Response created = api.post("/customers", customer(id, "EUR"));
        Response read = api.get("/customers/" + id);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).hasValue("/customers/" + id);
        JsonNode body = created.json();
        assertThat(body.get("id").asText()).isEqualTo(id);
        assertThat(body.get("name").asText()).isEqualTo("Ada");
        assertThat(body.get("currency").asText()).isEqualTo("EUR");
        assertThat(body.get("providerCustomerId").asText()).isEqualTo("cust-1");
        assertThat(Instant.parse(body.get("createdAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(body);
    }

    @Test
    void a_customer_without_an_id_gets_a_generated_one() {
        Response created = api.post("/customers", """
                {"name": "Grace", "currency": "USD", "providerCustomerId": "cust-2:USD"}""");

        String id = created.json().get("id").asText();
        assertThat(created.status()).isEqualTo(201);
        assertThat(id).matches("cus_[0-9a-f]{32}");
        assertThat(api.get("/customers/" + id).status()).isEqualTo(200);
    }

    @Test
    void an_existing_id_is_a_409_customer_exists_and_the_first_customer_stays() throws SQLException {
        String id = newId();
        api.post("/customers", customer(id, "EUR"));

        Response again = api.post("/customers", customer(id, "USD"));

        assertProblem(again, 409, "customer_exists");
        assertThat(api.data.customers().find(id).orElseThrow().currency()).isEqualTo("EUR");
    }

    @Test
    void an_unknown_customer_is_a_404_customer_not_found() {
        assertProblem(api.get("/customers/" + newId()), 404, "customer_not_found");
    }

    @Test
    void a_path_id_that_is_no_id_is_a_404_without_asking_the_database() {
        assertProblem(api.get("/customers/" + "x".repeat(65)), 404, "customer_not_found");
    }

    @Test
    void missing_and_invalid_fields_are_a_422_validation_failed_naming_each_and_nothing_is_stored() {
        long before = api.count("customers");

        JsonNode problem = assertProblem(api.post("/customers", """
                {"id": "bad id", "currency": "EURO", "providerCustomerId": "cust-1"}"""), 422, "validation_failed");

        assertThat(fieldCodes(problem, "id")).containsExactly("customer_id_invalid");
        assertThat(fieldCodes(problem, "name")).containsExactly("required");
        assertThat(fieldCodes(problem, "currency")).containsExactly("invalid_currency");
        assertThat(api.count("customers")).isEqualTo(before);
    }

    @Test
    void an_unknown_field_is_a_400_invalid_json_type() {
        assertProblem(api.post("/customers", """
                {"name": "Ada", "currency": "EUR", "providerCustomerId": "c", "email": "a@b.c"}"""),
                400, "invalid_json_type");
    }

    @Test
    void a_body_that_is_not_json_is_a_400_malformed_json() {
        assertProblem(api.post("/customers", "{\"name\": "), 400, "malformed_json");
    }
}
