package io.orderstream.orderapi.api;

import static io.orderstream.orderapi.api.RoutesHarness.assertProblem;
import static io.orderstream.orderapi.api.RoutesHarness.json;
import static io.orderstream.orderapi.api.RoutesHarness.payment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.store.CommandLog.Completion;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.http.Problem;
import io.orderstream.schemas.order.Fulfillment;
import io.orderstream.schemas.order.FulfillmentOutcome;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderPaid;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.Payment;
import io.orderstream.schemas.order.PaymentApplied;
import io.orderstream.schemas.order.Shipment;
import io.orderstream.schemas.order.ShipmentLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GET endpoints over HTTP: an order, a customer's orders, an order's events, a command's status. */
class QueryRoutesIT {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static RoutesHarness api;

    @BeforeAll
    static void start() {
        api = RoutesHarness.start("queries");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String listing(String email, String more) {
        return "/orders?customerEmail=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + more;
    }

    private static String newEmail() {
        return "customer-" + UUID.randomUUID() + "@shop.example";
    }

    /** Orders of the customer created a minute apart, newest last. */
    private static List<String> ordersOf(String email, int count) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            api.projection.apply(OrderStates.created(id).setCustomerEmail(email).setCreatedAt(T0.plusSeconds(60L * i))
                    .build());
            ids.add(id);
        }
        return ids;
    }

    // ---- GET /orders/{id}

    @Test
    void an_order_is_read_with_its_payments_shipments_and_fulfillment() throws SQLException {
        String id = UUID.randomUUID().toString();
        Instant paidAt = T0.plusSeconds(60);
        Instant shippedAt = T0.plusSeconds(120);
        api.projection.apply(OrderStates.created(id).setStatus(OrderStatus.CLOSED).setPaid(2500).setBalanceDue(0)
                .setShipped(2500)
                .setPayments(List.of(new Payment("p-1", 2500L, paidAt)))
                .setShipments(List.of(new Shipment("s-1", 2500L, List.of(new ShipmentLine("SKU-1", 2)), shippedAt, null, null, null)))
                .setFulfillment(new Fulfillment(id + "/fulfillment", 1, paidAt, FulfillmentOutcome.SUCCEEDED, null,
                        shippedAt))
                .setVersion(7).build());

        var response = api.get("/orders/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode order = json(response);
        assertThat(order.get("status").asText()).isEqualTo("CLOSED");
        assertThat(order.get("payments").get(0).get("id").asText()).isEqualTo("p-1");
        JsonNode shipment = order.get("shipments").get(0);
        assertThat(shipment.get("shipmentId").asText()).isEqualTo("s-1");
        assertThat(shipment.get("amount").asLong()).isEqualTo(2500);
        assertThat(shipment.get("lines").get(0).get("sku").asText()).isEqualTo("SKU-1");
        assertThat(shipment.get("shippedAt").asText()).isEqualTo("2026-11-21T10:02:00Z");
        JsonNode fulfillment = order.get("fulfillment");
        assertThat(fulfillment.get("requestId").asText()).isEqualTo(id + "/fulfillment");
        assertThat(fulfillment.get("attempts").asInt()).isEqualTo(1);
        assertThat(fulfillment.get("result").asText()).isEqualTo("SUCCEEDED");
        assertThat(fulfillment.get("reason").isNull()).isTrue();
        assertThat(fulfillment.get("requestedAt").asText()).isEqualTo("2026-11-21T10:01:00Z");
        assertThat(fulfillment.get("completedAt").asText()).isEqualTo("2026-11-21T10:02:00Z");
    }

    @Test
    void an_unknown_order_is_a_404() {
        assertProblem(api.get("/orders/" + UUID.randomUUID()), 404, "order_not_found");
    }

    @Test
    void orders_waiting_for_their_charge_or_rejected_are_404() throws SQLException {
        String pending = UUID.randomUUID().toString();
        String rejected = UUID.randomUUID().toString();
        api.projection.apply(OrderStates.at(pending, 1, OrderStatus.PENDING_PAYMENT));
        api.projection.apply(OrderStates.at(rejected, 3, OrderStatus.REJECTED));

        assertProblem(api.get("/orders/" + pending), 404, "order_not_found");
        assertProblem(api.get("/orders/" + rejected), 404, "order_not_found");
    }

    // ---- GET /orders?customerEmail=…

    @Test
    void a_customers_orders_are_listed_newest_first_page_by_page() throws SQLException {
        String email = newEmail();
        List<String> ids = ordersOf(email, 5);

        JsonNode first = json(api.get(listing(email, "&limit=2")));
        JsonNode second = json(api.get(listing(email, "&limit=2&after=" + first.get("next").asText())));
        JsonNode last = json(api.get(listing(email, "&limit=2&after=" + second.get("next").asText())));

        List<String> listed = new ArrayList<>();
        for (JsonNode page : List.of(first, second, last)) {
            page.get("items").forEach(order -> listed.add(order.get("id").asText()));
        }
        assertThat(listed).containsExactlyElementsOf(ids.reversed());
        assertThat(last.get("next").isNull()).isTrue();
    }

    @Test
    void twenty_orders_are_listed_when_no_limit_is_given() throws SQLException {
        String email = newEmail();
        ordersOf(email, 21);

        JsonNode page = json(api.get(listing(email, "")));

        assertThat(page.get("items")).hasSize(20);
        assertThat(page.get("next").isNull()).isFalse();
    }

    @Test
    void the_status_filter_and_the_hidden_orders() throws SQLException {
        String email = newEmail();
        String created = ordersOf(email, 1).getFirst();
        String paid = UUID.randomUUID().toString();
        api.projection.apply(OrderStates.created(paid).setCustomerEmail(email).setStatus(OrderStatus.PAID).build());
        api.projection.apply(OrderStates.created(UUID.randomUUID().toString()).setCustomerEmail(email)
                .setStatus(OrderStatus.REJECTED).build());

        assertThat(ids(api.get(listing(email, "")))).containsExactlyInAnyOrder(created, paid);
        assertThat(ids(api.get(listing(email, "&status=PAID")))).containsExactly(paid);
        assertThat(ids(api.get(listing(email, "&status=created,paid")))).containsExactlyInAnyOrder(created, paid);
    }

    @Test
    void orders_created_through_the_api_are_listed_for_their_customer_only() {
        String email = newEmail();
        String id = api.createOrder(email);
        api.createOrder(newEmail());

        assertThat(ids(api.get(listing(email.toUpperCase(), "")))).containsExactly(id);
    }

    @Test
    void invalid_query_parameters_are_a_400_naming_each() {
        JsonNode problem = assertProblem(api.get("/orders?status=NEW&limit=500&after=garbage"), 400, "invalid_query");

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("customerEmail", "status", "limit", "after");
    }

    @Test
    void a_cursor_that_was_tampered_with_is_a_400() {
        assertProblem(api.get(listing("a@b.com", "&after=" + "x".repeat(40))), 400, "invalid_query");
    }

    // ---- GET /orders/{id}/events

    @Test
    void an_orders_events_are_its_history_in_order() throws SQLException {
        String id = api.createOrder(newEmail());
        api.events.appendAll(List.of(event(id, 3, new OrderPaid(2500L)), event(id, 1, created()),
                event(id, 2, new PaymentApplied("p-1", 2500L))));

        JsonNode history = json(api.get("/orders/" + id + "/events"));

        assertThat(history.get("items")).extracting(event -> event.get("type").asText())
                .containsExactly("OrderCreated", "PaymentApplied", "OrderPaid");
        JsonNode applied = history.get("items").get(1);
        assertThat(applied.get("eventId").asText()).isEqualTo(id + "/2");
        assertThat(applied.get("version").asLong()).isEqualTo(2);
        assertThat(applied.get("occurredAt").asText()).isEqualTo("2026-11-21T10:00:02Z");
        assertThat(applied.get("causationId").asText()).isEqualTo("command-2");
        assertThat(applied.get("data").get("paymentId").asText()).isEqualTo("p-1");
    }

    @Test
    void the_events_of_an_unknown_or_hidden_order_are_a_404() throws SQLException {
        String hidden = UUID.randomUUID().toString();
        api.projection.apply(OrderStates.at(hidden, 1, OrderStatus.PENDING_PAYMENT));
        api.events.appendAll(List.of(event(hidden, 1, created())));

        assertProblem(api.get("/orders/" + hidden + "/events"), 404, "order_not_found");
        assertProblem(api.get("/orders/" + UUID.randomUUID() + "/events"), 404, "order_not_found");
    }

    // ---- GET /commands/{id}

    @Test
    void a_command_is_pending_until_its_result_came_then_succeeded_with_the_order() throws SQLException {
        var ids = CommandIds.fresh(null);
        api.commandLog.record(ids, CommandKind.CREATE_ORDER_AND_PAY);
        JsonNode pending = json(api.get("/commands/" + ids.commandId()));
        var order = OrderViews.of(OrderStates.at(ids.orderId(), 4, OrderStatus.IN_FULFILLMENT));
        api.commandLog.completeAll(List.of(new Completion(ids.commandId(), new ClientOutcome.Succeeded(order))));

        JsonNode succeeded = json(api.get("/commands/" + ids.commandId()));

        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("orderId").asText()).isEqualTo(ids.orderId());
        assertThat(pending.has("order")).isFalse();
        assertThat(succeeded.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(succeeded.get("commandId").asText()).isEqualTo(ids.commandId());
        assertThat(succeeded.get("order").get("status").asText()).isEqualTo("IN_FULFILLMENT");
        assertThat(succeeded.has("problem")).isFalse();
    }

    @Test
    void a_failed_command_shows_the_problem_its_request_would_have_got() throws SQLException {
        var ids = CommandIds.fresh(null);
        api.commandLog.record(ids, CommandKind.CREATE_ORDER_AND_PAY);
        api.commandLog.completeAll(List.of(new Completion(ids.commandId(), new ClientOutcome.Failed(
                Problem.of(402, "payment_declined", "Payment declined", "card_declined")))));

        JsonNode failed = json(api.get("/commands/" + ids.commandId()));

        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("problem").get("status").asInt()).isEqualTo(402);
        assertThat(failed.get("problem").get("code").asText()).isEqualTo("payment_declined");
        assertThat(failed.has("order")).isFalse();
    }

    @Test
    void every_command_sent_is_logged_with_the_id_its_202_points_at() {
        String orderId = api.createOrder(newEmail());
        api.processor.answerNothing();
        try {
            var accepted = api.post("/orders/" + orderId + "/payments", payment("p-1", 100));

            assertThat(accepted.statusCode()).isEqualTo(202);
            JsonNode status = json(api.get(accepted.headers().firstValue("Location").orElseThrow()));
            assertThat(status.get("status").asText()).isEqualTo("PENDING");
            assertThat(status.get("orderId").asText()).isEqualTo(orderId);
        } finally {
            api.processor.reset();
        }
    }

    @Test
    void an_unknown_command_is_a_404() {
        assertProblem(api.get("/commands/" + UUID.randomUUID()), 404, "command_not_found");
    }

    private static List<String> ids(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).get("items").forEach(order -> ids.add(order.get("id").asText()));
        return ids;
    }

    private static OrderCreated created() {
        return new OrderCreated("a@b.com", "EUR", List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)), 2500L, false);
    }

    private static OrderEvent event(String orderId, long version, Object payload) {
        return OrderEvent.newBuilder().setEventId(orderId + "/" + version).setOrderId(orderId).setVersion(version)
                .setOccurredAt(T0.plusSeconds(version)).setCausationId("command-" + version).setPayload(payload)
                .build();
    }
}
