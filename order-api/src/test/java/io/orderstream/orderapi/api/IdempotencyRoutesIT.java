package io.orderstream.orderapi.api;

import static io.orderstream.orderapi.api.RoutesHarness.ORDER;
import static io.orderstream.orderapi.api.RoutesHarness.assertProblem;
import static io.orderstream.orderapi.api.RoutesHarness.json;
import static io.orderstream.orderapi.api.RoutesHarness.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.Eventually;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.RequestFingerprint;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key of every POST, as Stripe defines it, over HTTP with the real order rules in process. */
class IdempotencyRoutesIT {

    private static RoutesHarness api;
    private final String key = "key-" + UUID.randomUUID();

    @BeforeAll
    static void start() {
        api = RoutesHarness.start("idempotency");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void resetProcessor() {
        api.processor.reset();
    }

    private static void assertSameAnswer(HttpResponse<String> repeat, HttpResponse<String> first) {
        assertThat(repeat.statusCode()).isEqualTo(first.statusCode());
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(repeat.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    // ---- POST /orders

    @Test
    void a_create_repeated_with_its_key_answers_the_same_order_and_creates_no_other() {
        var first = api.post("/orders", ORDER, key);

        var repeat = api.post("/orders", ORDER.replace(" ", ""), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertSameAnswer(repeat, first);
        assertThat(api.processor.received()).hasSize(1);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void the_key_travels_with_the_command() {
        api.post("/orders", ORDER, key);

        assertThat(api.processor.received().getFirst().getIdempotencyKey()).isEqualTo(key);
    }

    @Test
    void a_create_repeated_with_another_body_is_a_422() {
        api.post("/orders", ORDER, key);

        var response = api.post("/orders", ORDER.replace("\"quantity\": 2", "\"quantity\": 3"), key);

        assertProblem(response, 422, "idempotency_key_reused");
        assertThat(api.processor.received()).hasSize(1);
    }

    @Test
    void a_refused_create_is_refused_again_without_asking_the_processor() {
        api.processor.refuseWith(result -> result.setErrorCode("validation_failed").setErrorMessage("Not valid."));
        var first = api.post("/orders", ORDER, key);
        api.processor.reset();

        assertSameAnswer(api.post("/orders", ORDER, key), first);
        assertThat(api.processor.received()).isEmpty();
    }

    @Test
    void a_202_is_repeated_as_a_202_with_the_same_status_url() {
        api.processor.answerNothing();
        var first = api.post("/orders", ORDER, key);
        api.processor.reset();

        var repeat = api.post("/orders", ORDER, key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertSameAnswer(repeat, first);
    }

    @Test
    void a_request_kafka_never_took_is_not_kept_and_its_retry_goes_through() {
        api.processor.beUnreachable();
        assertProblem(api.post("/orders", ORDER, key), 503, "service_unavailable");
        api.processor.reset();

        var retry = api.post("/orders", ORDER, key);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void a_request_with_missing_fields_is_not_kept() {
        assertProblem(api.post("/orders", "{\"currency\": \"EUR\"}", key), 422, "validation_failed");

        assertThat(api.post("/orders", ORDER, key).statusCode()).isEqualTo(201);
    }

    @Test
    void a_repeat_arriving_while_the_first_is_in_flight_waits_for_its_answer() throws Exception {
        CountDownLatch release = api.processor.holdAnswers();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<HttpResponse<String>> first = clients.submit(() -> api.post("/orders", ORDER, key));
            awaitCommands(1);
            Future<HttpResponse<String>> repeat = clients.submit(() -> api.post("/orders", ORDER, key));
            release.countDown();

            assertThat(first.get().statusCode()).isEqualTo(201);
            assertSameAnswer(repeat.get(), first.get());
        }
        assertThat(api.processor.received()).hasSize(1);
    }

    @Test
    void a_repeat_gives_up_waiting_with_a_409_when_the_first_is_still_in_flight() throws Exception {
        // the first request holds the key on another instance and has not answered yet
        api.keys.claim(key, RequestFingerprint.of(CreateOrderHandler.OPERATION,
                Json.parse(ORDER, CreateOrderRequest.class)), CommandIds.fresh(null));

        var repeat = api.post("/orders", ORDER, key);

        assertProblem(repeat, 409, "idempotency_key_in_use");
        assertThat(api.processor.received()).isEmpty();
    }

    // ---- POST /orders/{id}/payments

    @Test
    void a_payment_repeated_with_its_key_answers_the_same_without_sending_again() {
        String orderId = api.createOrder("a@b.com");
        String path = "/orders/" + orderId + "/payments";
        var first = api.post(path, payment("p-1", 1000), key);

        var repeat = api.post(path, payment("p-1", 1000), key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertSameAnswer(repeat, first);
        assertThat(api.processor.received()).hasSize(2);
    }

    @Test
    void a_refused_payment_is_refused_again_even_after_the_order_changed() {
        String orderId = api.createOrder("a@b.com");
        String path = "/orders/" + orderId + "/payments";
        var first = api.post(path, payment("p-1", 9999), key);
        api.post(path, payment("p-2", 2500));

        assertProblem(first, 422, "payment_exceeds_balance");
        assertSameAnswer(api.post(path, payment("p-1", 9999), key), first);
    }

    @Test
    void a_payment_key_reused_with_another_amount_or_for_another_order_is_a_422() {
        String orderId = api.createOrder("a@b.com");
        String other = api.createOrder("a@b.com");
        api.post("/orders/" + orderId + "/payments", payment("p-1", 1000), key);

        assertProblem(api.post("/orders/" + orderId + "/payments", payment("p-1", 500), key), 422,
                "idempotency_key_reused");
        assertProblem(api.post("/orders/" + other + "/payments", payment("p-1", 1000), key), 422,
                "idempotency_key_reused");
    }

    // ---- POST /orders/{id}/cancel

    @Test
    void a_cancel_repeated_with_its_key_answers_200_again_not_409() {
        String orderId = api.createOrder("a@b.com");
        var first = api.post("/orders/" + orderId + "/cancel", null, key);

        var repeat = api.post("/orders/" + orderId + "/cancel", null, key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertSameAnswer(repeat, first);
    }

    @Test
    void a_cancel_key_reused_with_a_reason_or_on_another_endpoint_is_a_422() {
        String orderId = api.createOrder("a@b.com");
        api.post("/orders/" + orderId + "/cancel", null, key);

        assertProblem(api.post("/orders/" + orderId + "/cancel", "{\"reason\": \"late\"}", key), 422,
                "idempotency_key_reused");
        assertProblem(api.post("/orders", ORDER, key), 422, "idempotency_key_reused");
    }

    // ---- the header

    @Test
    void an_overlong_or_invisible_key_is_a_400() {
        assertProblem(api.post("/orders", ORDER, "k".repeat(256)), 400, "invalid_idempotency_key");
        assertProblem(api.post("/orders", ORDER, Map.of("Idempotency-Key", "with space")), 400,
                "invalid_idempotency_key");
    }

    private static void awaitCommands(int count) throws Exception {
        Eventually.await(Duration.ofSeconds(10), () -> api.processor.received().size(), sent -> sent >= count);
    }
}
