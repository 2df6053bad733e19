package io.orderstream.orderapi.api;

import static io.orderstream.orderapi.api.RoutesHarness.assertProblem;
import static io.orderstream.orderapi.api.RoutesHarness.json;
import static io.orderstream.orderapi.api.RoutesHarness.payment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.schemas.order.ApplyPayment;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /orders/{id}/payments} over HTTP with the real order rules in process; every order here costs 2500. */
class PaymentRoutesIT {

    private static RoutesHarness api;
    private String orderId;

    @BeforeAll
    static void start() {
        api = RoutesHarness.start("payments");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void createOrder() {
        api.processor.reset();
        orderId = api.createOrder("a@b.com");
    }

    private String payments() {
        return "/orders/" + orderId + "/payments";
    }

    @Test
    void an_installment_is_applied_and_answered_200_with_the_order() {
        var response = api.post(payments(), payment("p-1", 1000));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode order = json(response);
        assertThat(order.get("paid").asLong()).isEqualTo(1000);
        assertThat(order.get("balanceDue").asLong()).isEqualTo(1500);
        assertThat(order.get("status").asText()).isEqualTo("CREATED");
        assertThat(order.get("payments").get(0).get("id").asText()).isEqualTo("p-1");
    }

    @Test
    void the_command_carries_the_payment_for_the_order_in_the_path() {
        api.post(payments(), payment("p-1", 1000));

        var command = api.processor.received().getLast();
        assertThat(command.getOrderId()).isEqualTo(orderId);
        assertThat(command.getPayload()).isEqualTo(new ApplyPayment("p-1", 1000L));
    }

    @Test
    void the_installment_that_clears_the_balance_sends_the_order_to_fulfillment() {
        api.post(payments(), payment("p-1", 1000));

        JsonNode order = json(api.post(payments(), payment("p-2", 1500)));

        assertThat(order.get("balanceDue").asLong()).isZero();
        assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
    }

    @Test
    void the_same_payment_again_changes_nothing_and_is_answered_as_the_first_time() {
        var first = api.post(payments(), payment("p-1", 1000));

        var again = api.post(payments(), payment("p-1", 1000));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(json(first));
    }

    @Test
    void the_same_payment_id_with_another_amount_is_a_409() {
        api.post(payments(), payment("p-1", 1000));

        assertProblem(api.post(payments(), payment("p-1", 999)), 409, "payment_id_conflict");
    }

    @Test
    void more_than_the_balance_due_is_a_422() {
        assertProblem(api.post(payments(), payment("p-1", 2501)), 422, "payment_exceeds_balance");
    }

    @Test
    void an_amount_that_is_not_positive_is_judged_by_the_processor() {
        assertProblem(api.post(payments(), payment("p-1", 0)), 422, "invalid_amount");
    }

    @Test
    void paying_a_cancelled_order_is_a_409() {
        api.post("/orders/" + orderId + "/cancel", null);

        assertProblem(api.post(payments(), payment("p-1", 1000)), 409, "invalid_state");
    }

    @Test
    void paying_an_order_in_fulfillment_is_a_409() {
        api.post(payments(), payment("p-1", 2500));

        assertProblem(api.post(payments(), payment("p-2", 1)), 409, "invalid_state");
    }

    @Test
    void paying_an_unknown_order_is_a_404() {
        assertProblem(api.post("/orders/" + UUID.randomUUID() + "/payments", payment("p-1", 1000)), 404,
                "order_not_found");
    }

    @Test
    void paying_an_order_waiting_for_its_charge_is_a_404() {
        var pending = api.post("/orders", RoutesHarness.ORDER.replace("\"currency\"",
                "\"payNow\": true, \"paymentMethod\": \"" + InProcessOrderProcessor.SLOW + "\", \"currency\""));
        String hidden = json(pending).get("orderId").asText();

        assertProblem(api.post("/orders/" + hidden + "/payments", payment("p-1", 1000)), 404, "order_not_found");
    }

    @Test
    void missing_fields_are_a_422_and_nothing_is_sent() {
        int sent = api.processor.received().size();

        JsonNode problem = assertProblem(api.post(payments(), "{\"paymentId\": \" \"}"), 422, "validation_failed");

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("paymentId", "amount");
        assertThat(api.processor.received()).hasSize(sent);
    }

    @Test
    void a_fractional_or_textual_amount_is_a_400() {
        assertProblem(api.post(payments(), "{\"paymentId\": \"p-1\", \"amount\": 10.5}"), 400, "invalid_json_type");
        assertProblem(api.post(payments(), "{\"paymentId\": \"p-1\", \"amount\": \"1000\"}"), 400,
                "invalid_json_type");
    }

    @Test
    void a_missing_or_malformed_body_is_a_400() {
        assertProblem(api.post(payments(), null), 400, "missing_body");
        assertProblem(api.post(payments(), "{\"paymentId\""), 400, "malformed_json");
    }
}
