package io.orderstream.orderapi.api;

import static io.orderstream.orderapi.api.RoutesHarness.ORDER;
import static io.orderstream.orderapi.api.RoutesHarness.assertProblem;
import static io.orderstream.orderapi.api.RoutesHarness.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's client mistakes over HTTP: each is a 4xx problem+json, never a 5xx, and none reaches the processor
 * or the database.
 */
class ClientMistakesRoutesIT {

    private static RoutesHarness api;
    private static String orderId;

    @BeforeAll
    static void start() {
        api = RoutesHarness.start("mistakes");
        orderId = api.createOrder("mistakes@b.com");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void resetProcessor() {
        api.processor.reset();
    }

    private static String statusLine(String answer) {
        return answer.substring(0, answer.indexOf("\r\n"));
    }

    private static void assertNothingSent() {
        assertThat(api.processor.received()).isEmpty();
    }

    private static JsonNode fieldProblem(String path, String body, String field, String code) {
        JsonNode problem = assertProblem(api.post(path, body), 422, "validation_failed");
        assertThat(problem.get("errors")).extracting(e -> tuple(e.get("field").asText(), e.get("code").asText()))
                .contains(tuple(field, code));
        return problem;
    }

    @Test
    void an_empty_content_type_on_every_post_is_415_unsupported_media_type() {
        for (String[] post : List.of(new String[] {"/orders", ORDER},
                new String[] {"/orders/" + orderId + "/payments", payment("p-1", 1)},
                new String[] {"/orders/" + orderId + "/cancel", "{}"})) {
            String answer = api.raw("POST " + post[0] + " HTTP/1.1\r\nHost: x\r\nContent-Type:\r\nContent-Length: "
                    + post[1].length() + "\r\nConnection: close\r\n\r\n" + post[1]);

            assertThat(statusLine(answer)).as(post[0]).isEqualTo("HTTP/1.1 415 Unsupported Media Type");
            assertThat(answer).contains("application/problem+json").contains("\"code\":\"unsupported_media_type\"");
        }
        assertNothingSent();
    }

    @Test
    void a_body_sent_without_json_content_type_is_415() {
        assertProblem(api.postBytes("/orders", "text/plain", ORDER.getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported_media_type");
        assertProblem(api.postBytes("/orders", null, ORDER.getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported_media_type");
        assertNothingSent();
    }

    @Test
    void a_lone_percent_in_the_query_is_400_invalid_query() {
        String answer = api.raw("GET /orders?customerEmail=% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(answer).contains("\"code\":\"invalid_query\"");
    }

    @Test
    void a_nul_in_the_email_query_is_400_invalid_query() {
        JsonNode problem = assertProblem(api.get("/orders?customerEmail=a%00b@x.com"), 400, "invalid_query");

        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("email_invalid");
    }

    @Test
    void an_email_query_that_is_not_utf8_is_400_invalid_query() {
        assertProblem(api.get("/orders?customerEmail=caf%E9@x.com"), 400, "invalid_query");
    }

    @Test
    void a_nul_in_an_order_id_is_404_order_not_found() {
        assertProblem(api.get("/orders/%00"), 404, "order_not_found");
        assertProblem(api.get("/orders/%00/events"), 404, "order_not_found");
        assertProblem(api.post("/orders/%00/payments", payment("p-1", 1)), 404, "order_not_found");
        assertProblem(api.post("/orders/a%00b/cancel", "{}"), 404, "order_not_found");
        assertNothingSent();
    }

    @Test
    void a_nul_in_a_command_id_is_404_command_not_found() {
        assertProblem(api.get("/commands/%00"), 404, "command_not_found");
    }

    @Test
    void an_over_long_or_misshapen_id_in_a_path_is_404() {
        assertProblem(api.get("/orders/" + "a".repeat(65)), 404, "order_not_found");
        assertProblem(api.get("/orders/%C3%A9"), 404, "order_not_found");
        assertProblem(api.get("/orders/%E9"), 404, "order_not_found");
        assertProblem(api.get("/commands/" + "c".repeat(1000)), 404, "command_not_found");
    }

    @Test
    void body_bytes_that_are_not_utf8_are_400_malformed_json() {
        byte[] latin1 = ORDER.replace("Mug", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);

        assertProblem(api.postBytes("/orders", "application/json", latin1), 400, "malformed_json");
        assertNothingSent();
    }

    @Test
    void a_lone_surrogate_in_a_string_is_400_malformed_json() {
        assertProblem(api.post("/orders", ORDER.replace("Mug", "Mug\\ud800")), 400, "malformed_json");
        assertNothingSent();
    }

    @Test
    void content_after_the_json_document_is_400_malformed_json() {
        for (String trailing : List.of("}", "{}", "x")) {
            assertProblem(api.post("/orders", ORDER + trailing), 400, "malformed_json");
            assertProblem(api.post("/orders/" + orderId + "/payments", payment("p-1", 1) + trailing), 400,
                    "malformed_json");
        }
        assertNothingSent();
    }

    @Test
    void a_number_beyond_int64_is_422_out_of_range_naming_the_field() {
        fieldProblem("/orders/" + orderId + "/payments", "{\"paymentId\":\"p-1\",\"amount\":99999999999999999999}",
                "amount", "out_of_range");
        fieldProblem("/orders", ORDER.replace("1250", "123456789012345678901234567890"), "lines[0].unitPrice",
                "out_of_range");
        assertNothingSent();
    }

    @Test
    void a_nul_in_any_string_of_an_order_is_422_control_character_naming_the_field() {
        fieldProblem("/orders", ORDER.replace("Mug", "Mu\\u0000g"), "lines[0].name", "control_character");
        fieldProblem("/orders", ORDER.replace("a@b.com", "a\\u0000@b.com"), "customerEmail", "control_character");
        fieldProblem("/orders", ORDER.replace("SKU-1", "SKU\\u0000"), "lines[0].sku", "control_character");
        fieldProblem("/orders/" + orderId + "/cancel", "{\"reason\":\"no\\u0000\"}", "reason", "control_character");
        assertNothingSent();
    }

    @Test
    void an_email_with_a_bell_character_is_422() {
        fieldProblem("/orders", ORDER.replace("a@b.com", "a@b.com\\u0007"), "customerEmail", "control_character");
        assertNothingSent();
    }

    @Test
    void a_600000_character_payment_id_is_422_and_never_sent() {
        for (String c : List.of("a", "b")) {
            fieldProblem("/orders/" + orderId + "/payments", payment(c.repeat(600_000), 1), "paymentId",
                    "payment_id_invalid");
        }
        assertNothingSent();
    }

    @Test
    void fields_over_their_bounds_are_422_naming_each() {
        String order = ORDER.replace("Mug", "M".repeat(201)).replace("SKU-1", "S".repeat(65));

        JsonNode problem = fieldProblem("/orders", order, "lines[0].name", "name_invalid");

        assertThat(problem.get("errors")).extracting(e -> e.get("code").asText()).contains("sku_too_long");
        fieldProblem("/orders/" + orderId + "/cancel", "{\"reason\":\"" + "r".repeat(501) + "\"}", "reason",
                "reason_too_long");
        assertNothingSent();
    }

    @Test
    void a_method_a_path_does_not_take_is_404_not_found() {
        assertProblem(api.delete("/orders"), 404, "not_found");
    }
}
