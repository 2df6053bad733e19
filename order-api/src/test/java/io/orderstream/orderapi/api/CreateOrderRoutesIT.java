package io.orderstream.orderapi.api;

import static io.orderstream.orderapi.api.RoutesHarness.ORDER;
import static io.orderstream.orderapi.api.RoutesHarness.assertProblem;
import static io.orderstream.orderapi.api.RoutesHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.FieldError;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /orders}, plain and create-and-pay, over HTTP with the real order rules in process. */
class CreateOrderRoutesIT {

    private static RoutesHarness api;

    @BeforeAll
    static void start() {
        api = RoutesHarness.start("create");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void resetProcessor() {
        api.processor.reset();
    }

    private static String payNow(String email, String paymentMethod) {
        return ORDER.replace("a@b.com", email)
                .replace("\"currency\"", "\"payNow\": true, \"paymentMethod\": \"" + paymentMethod + "\", \"currency\"");
    }

    @Test
    void a_created_order_is_answered_201_with_the_order_and_its_location() {
        var response = api.post("/orders", ORDER);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode order = json(response);
        String id = order.get("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(response.headers().firstValue("Location")).hasValue("/orders/" + id);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(order.get("status").asText()).isEqualTo("CREATED");
        assertThat(order.get("total").asLong()).isEqualTo(2500);
        assertThat(order.get("lines").get(0).get("sku").asText()).isEqualTo("SKU-1");
    }

    @Test
    void each_order_gets_a_new_id() {
        api.post("/orders", ORDER);
        api.post("/orders", ORDER);

        assertThat(api.processor.received()).extracting(command -> command.getOrderId()).doesNotHaveDuplicates();
    }

    @Test
    void a_result_that_does_not_come_in_time_is_202_pointing_at_the_command() {
        api.processor.answerNothing();

        var response = api.post("/orders", ORDER);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode pending = json(response);
        String commandId = api.processor.received().getFirst().getCommandId();
        assertThat(response.headers().firstValue("Location")).hasValue("/commands/" + commandId);
        assertThat(pending.get("commandId").asText()).isEqualTo(commandId);
        assertThat(pending.get("orderId").asText()).isEqualTo(api.processor.received().getFirst().getOrderId());
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void an_order_the_processor_refuses_is_a_422_naming_every_invalid_field() {
        api.processor.refuseWith(result -> result.setErrorCode("validation_failed").setErrorMessage("Not valid.")
                .setFieldErrors(List.of(
                        new FieldError("customerEmail", "email_invalid", "A valid e-mail address is required."),
                        new FieldError("lines[0].quantity", "quantity_out_of_range", "The quantity is 1 to 1000."))));

        var response = api.post("/orders", ORDER);

        JsonNode problem = assertProblem(response, 422, "validation_failed");
        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText() + ":" + error.get("code").asText())
                .containsExactly("customerEmail:email_invalid", "lines[0].quantity:quantity_out_of_range");
    }

    @Test
    void the_values_within_their_bounds_are_left_to_the_processor_to_judge() {
        api.post("/orders", "{\"customerEmail\": \"nope\", \"currency\": \"XXX\", \"lines\": [{\"sku\": \" \", "
                + "\"name\": \"\", \"quantity\": 0, \"unitPrice\": -1}]}");

        assertThat(api.processor.received()).hasSize(1);
    }

    @Test
    void missing_fields_are_a_422_naming_each_and_nothing_is_sent() {
        var response = api.post("/orders", "{\"currency\": \"EUR\", \"lines\": [{\"sku\": \"SKU-1\"}, null]}");

        JsonNode problem = assertProblem(response, 422, "validation_failed");
        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText()).containsExactly(
                "customerEmail", "lines[0].name", "lines[0].quantity", "lines[0].unitPrice", "lines[1]");
        assertThat(api.processor.received()).isEmpty();
    }

    @Test
    void kafka_being_unreachable_is_a_503_problem_without_internals() {
        api.processor.beUnreachable();

        var response = api.post("/orders", ORDER);

        assertProblem(response, 503, "service_unavailable");
        assertThat(response.body()).doesNotContain("secret broker detail").doesNotContain("Exception");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        assertProblem(api.post("/orders", "{\"customerEmail\": "), 400, "malformed_json");
    }

    @Test
    void a_field_of_the_wrong_type_is_a_400_problem_naming_the_field() {
        var response = api.post("/orders", ORDER.replace("\"quantity\": 2", "\"quantity\": 2.5"));

        assertProblem(response, 400, "invalid_json_type");
        assertThat(json(response).get("detail").asText()).contains("lines[0].quantity");
    }

    @Test
    void a_number_as_text_or_a_flag_as_text_is_a_400_problem() {
        assertProblem(api.post("/orders", ORDER.replace("1250", "\"1250\"")), 400, "invalid_json_type");
        assertProblem(api.post("/orders", ORDER.replace("\"currency\"", "\"payNow\": \"yes\", \"currency\"")), 400,
                "invalid_json_type");
    }

    @Test
    void an_unknown_field_is_a_400_problem() {
        assertProblem(api.post("/orders", ORDER.replace("\"currency\"", "\"discount\": 5, \"currency\"")), 400,
                "invalid_json_type");
    }

    @Test
    void a_missing_body_is_a_400_problem() {
        assertProblem(api.post("/orders", null), 400, "missing_body");
        assertProblem(api.post("/orders", "null"), 400, "missing_body");
    }

    @Test
    void a_body_over_1_mib_is_a_413_problem() {
        String huge = ORDER.replace("\"Mug\"", "\"" + "M".repeat(1024 * 1024) + "\"");

        assertProblem(api.postExpectingContinue("/orders", huge), 413, "payload_too_large");
    }

    @Test
    void a_chunked_body_over_1_mib_is_a_413_problem() {
        // just over the limit: the little the server does not read before answering fits in the socket's buffers
        byte[] huge = ORDER.replace("\"Mug\"", "\"" + "M".repeat(1024 * 1024 - 100) + "\"").getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(1024 * 1024);

        var response = api.postChunked("/orders", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

        assertProblem(response, 413, "payload_too_large");
    }

    @Test
    void a_body_just_under_1_mib_is_read_and_judged_by_its_bounds() {
        String large = ORDER.replace("\"Mug\"", "\"" + "M".repeat(1000 * 1024) + "\"");

        JsonNode problem = assertProblem(api.post("/orders", large), 422, "validation_failed");

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("lines[0].name");
        assertThat(api.processor.received()).isEmpty();
    }

    // ---- create-and-pay

    @Test
    void a_create_and_pay_sends_the_charge_with_the_create() {
        api.post("/orders", payNow("a@b.com", "pm_card_visa"));

        CreateOrder create = (CreateOrder) api.processor.received().getFirst().getPayload();
        assertThat(create.getPayNow()).isTrue();
        assertThat(create.getPaymentMethod()).isEqualTo("pm_card_visa");
    }

    @Test
    void a_captured_create_and_pay_is_201_with_the_paid_order() {
        var response = api.post("/orders", payNow("a@b.com", "pm_card_visa"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = json(response);
        assertThat(order.get("paid").asLong()).isEqualTo(order.get("total").asLong());
        assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
        assertThat(api.get("/orders/" + order.get("id").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_declined_create_and_pay_is_a_402_and_the_order_is_never_shown() {
        String email = "declined-" + UUID.randomUUID() + "@shop.example";

        var response = api.post("/orders", payNow(email, InProcessOrderProcessor.DECLINED));

        assertProblem(response, 402, "payment_declined");
        String orderId = api.processor.received().getFirst().getOrderId();
        assertProblem(api.get("/orders/" + orderId), 404, "order_not_found");
        assertProblem(api.get("/orders/" + orderId + "/events"), 404, "order_not_found");
        assertThat(json(api.get("/orders?customerEmail=" + email)).get("items")).isEmpty();
    }

    @Test
    void a_failed_create_and_pay_is_a_402_with_its_code() {
        assertProblem(api.post("/orders", payNow("a@b.com", InProcessOrderProcessor.FAILING)), 402, "payment_failed");
    }

    @Test
    void a_charge_not_settled_in_time_is_202_and_the_order_stays_hidden() {
        var response = api.post("/orders", payNow("a@b.com", InProcessOrderProcessor.SLOW));

        assertThat(response.statusCode()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(json(api.get(location)).get("status").asText()).isEqualTo("PENDING");
        assertProblem(api.get("/orders/" + json(response).get("orderId").asText()), 404, "order_not_found");
    }
}
