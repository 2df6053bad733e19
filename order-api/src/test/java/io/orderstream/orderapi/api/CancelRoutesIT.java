package io.orderstream.orderapi.api;

import static io.orderstream.orderapi.api.RoutesHarness.assertProblem;
import static io.orderstream.orderapi.api.RoutesHarness.json;
import static io.orderstream.orderapi.api.RoutesHarness.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.schemas.order.CancelOrder;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /orders/{id}/cancel} over HTTP with the real order rules in process. */
class CancelRoutesIT {

    private static RoutesHarness api;
    private String orderId;

    @BeforeAll
    static void start() {
        api = RoutesHarness.start("cancel");
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

    private String cancel() {
        return "/orders/" + orderId + "/cancel";
    }

    @Test
    void an_order_with_nothing_paid_is_cancelled_without_a_body() {
        var response = api.post(cancel(), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(json(api.get("/orders/" + orderId)).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void the_reason_travels_with_the_command() {
        var response = api.post(cancel(), "{\"reason\": \"changed my mind\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(api.processor.received().getLast().getPayload()).isEqualTo(new CancelOrder("changed my mind"));
    }

    @Test
    void an_order_with_a_payment_is_not_cancelled() {
        api.post("/orders/" + orderId + "/payments", payment("p-1", 100));

        assertProblem(api.post(cancel(), null), 409, "invalid_state");
    }

    @Test
    void a_cancelled_order_is_not_cancelled_again() {
        api.post(cancel(), null);

        assertProblem(api.post(cancel(), null), 409, "invalid_state");
    }

    @Test
    void cancelling_an_unknown_order_is_a_404() {
        assertProblem(api.post("/orders/" + UUID.randomUUID() + "/cancel", null), 404, "order_not_found");
    }

    @Test
    void a_malformed_or_unexpected_body_is_a_400() {
        assertProblem(api.post(cancel(), "{\"reason\": "), 400, "malformed_json");
        assertProblem(api.post(cancel(), "{\"why\": \"no\"}"), 400, "invalid_json_type");
        assertProblem(api.post(cancel(), "{\"reason\": 5}"), 400, "invalid_json_type");
    }
}
