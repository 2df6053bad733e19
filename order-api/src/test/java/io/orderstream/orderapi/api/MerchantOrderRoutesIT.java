package io.orderstream.orderapi.api;

import static io.orderstream.orderapi.api.RoutesHarness.assertProblem;
import static io.orderstream.orderapi.api.RoutesHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.CancelRemainder;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.PaymentTerms;
import io.orderstream.schemas.order.Payout;
import io.orderstream.schemas.order.RecordShipment;
import io.orderstream.schemas.order.Shipment;
import io.orderstream.schemas.order.ShipmentLine;
import io.orderstream.schemas.order.TransferStatus;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A merchant's order endpoints over HTTP with a real database: pay-later orders, shipment notices
 * ({@code POST /orders/{id}/shipments}) and {@code POST /orders/{id}/cancel-remainder}. Whether a notice fits its order is the
 * order-processor's rule: here its answer is simulated (accepted: the shipment and its payout added to the order;
 * or the refusal it would send). A request with the test header {@value #MERCHANT} comes from that merchant (fee
 * 250 basis points); one without it from the platform's own shop.
 */
class MerchantOrderRoutesIT {

    private static final String MERCHANT = "X-Test-Merchant";
    private static final Callers CALLERS = request -> request.headers().first(HeaderNames.create(MERCHANT))
            .<Caller>map(merchantId -> new Caller.Merchant(merchantId, 250))
            .orElse(Caller.SHOP);

    private static RoutesHarness api;
    private String orderId;

    @BeforeAll
    static void start() {
        api = RoutesHarness.start("shipments", CALLERS);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void createOrderAndAcceptNotices() {
        api.processor.reset();
        var created = api.post("/orders", RoutesHarness.ORDER, Map.of(MERCHANT, "m-1"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        orderId = json(created).get("id").asText();
        api.processor.acceptWith(MerchantOrderRoutesIT::accepted);
    }

    /**
     * The processor accepting a command about the order: a notice adds its shipment, with its payout (fee 2.5 %,
     * rounded down); any other command only counts as one more event.
     */
    private static OrderState accepted(OrderCommand command, OrderState order) {
        var after = OrderState.newBuilder(order).setMerchantId(command.getMerchantId())
                .setVersion(order.getVersion() + 1);
        if (command.getPayload() instanceof RecordShipment notice) {
            long fee = notice.getAmount() * 250 / 10_000;
            List<Shipment> shipments = new ArrayList<>(order.getShipments());
            shipments.add(new Shipment(notice.getShipmentId(), notice.getAmount(), notice.getLines(), Instant.now(),
                    notice.getInvoiceNumber(), notice.getTrackingCode(), new Payout("payout/" + order.getOrderId()
                    + "/" + notice.getShipmentId(), notice.getAmount() - fee, fee, TransferStatus.REQUESTED, null,
                    null)));
            after.setShipments(shipments).setShipped(order.getShipped() + notice.getAmount());
        }
        return after.build();
    }

    private HttpResponse<String> ship(String merchantId, String body) {
        return api.post(shipments(), body, Map.of(MERCHANT, merchantId));
    }

    private String shipments() {
        return "/orders/" + orderId + "/shipments";
    }

    private static String notice(String shipmentId, long amount, String invoiceNumber) {
        return invoiceNumber == null
                ? "{\"shipmentId\": \"%s\", \"amount\": %d}".formatted(shipmentId, amount)
                : "{\"shipmentId\": \"%s\", \"amount\": %d, \"invoiceNumber\": \"%s\"}".formatted(shipmentId, amount,
                invoiceNumber);
    }

    @Test
    void an_accepted_notice_is_answered_200_with_the_order_its_shipment_and_payout() {
        var response = ship("m-1", """
                {"shipmentId": "s-1", "amount": 1250, "lines": [{"sku": "SKU-1", "quantity": 1}],
                 "invoiceNumber": "INV-1", "trackingCode": "1Z-1"}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode shipment = json(response).get("shipments").get(0);
        assertThat(shipment.get("shipmentId").asText()).isEqualTo("s-1");
        assertThat(shipment.get("invoiceNumber").asText()).isEqualTo("INV-1");
        assertThat(shipment.get("trackingCode").asText()).isEqualTo("1Z-1");
        JsonNode payout = shipment.get("payout");
        assertThat(payout.get("payoutId").asText()).isEqualTo("payout/" + orderId + "/s-1");
        assertThat(payout.get("amount").asLong()).isEqualTo(1219);
        assertThat(payout.get("fee").asLong()).isEqualTo(31);
        assertThat(payout.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(json(api.get("/orders/" + orderId, Map.of(MERCHANT, "m-1"))).get("shipments"))
                .isEqualTo(json(response).get("shipments"));
    }

    @Test
    void the_notice_travels_as_record_shipment_from_its_merchant() {
        ship("m-1", """
                {"shipmentId": "s-1", "amount": 1250, "lines": [{"sku": "SKU-1", "quantity": 1}],
                 "invoiceNumber": "INV-2", "trackingCode": "1Z-1"}""");

        OrderCommand command = api.processor.received().getLast();
        assertThat(command.getOrderId()).isEqualTo(orderId);
        assertThat(command.getMerchantId()).isEqualTo("m-1");
        assertThat(command.getPayload()).isEqualTo(new RecordShipment("s-1", 1250L,
                List.of(new ShipmentLine("SKU-1", 1)), "INV-2", "1Z-1"));
    }

    @Test
    void a_notice_beyond_what_remains_is_a_409_naming_the_remaining_amount() {
        api.processor.refuseWith(result -> result.setErrorCode("shipment_exceeds_remaining")
                .setErrorMessage("A shipment of 3000 exceeds what remains of the order: 2500."));

        JsonNode problem = assertProblem(ship("m-1", notice("s-1", 3000, null)), 409, "shipment_exceeds_remaining");

        assertThat(problem.get("detail").asText()).contains("2500");
    }

    @Test
    void a_shipment_id_again_with_another_body_is_a_409() {
        api.processor.refuseWith(result -> result.setErrorCode("shipment_id_conflict")
                .setErrorMessage("Shipment s-1 was recorded with another body."));

        assertProblem(ship("m-1", notice("s-1", 100, null)), 409, "shipment_id_conflict");
    }

    @Test
    void a_retry_with_the_same_idempotency_key_is_answered_as_the_first_time_and_sent_once() {
        Map<String, String> headers = Map.of(MERCHANT, "m-1", "Idempotency-Key", "ship-key-1");
        var first = api.post(shipments(), notice("s-1", 1250, "INV-3"), headers);

        var again = api.post(shipments(), notice("s-1", 1250, "INV-3"), headers);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(again)).isEqualTo(json(first));
        assertThat(api.processor.received()).filteredOn(command -> command.getPayload() instanceof RecordShipment)
                .hasSize(1);
    }

    @Test
    void the_same_key_with_another_notice_is_idempotency_key_reused() {
        Map<String, String> headers = Map.of(MERCHANT, "m-1", "Idempotency-Key", "ship-key-2");
        api.post(shipments(), notice("s-1", 1250, null), headers);

        assertProblem(api.post(shipments(), notice("s-1", 1000, null), headers), 422, "idempotency_key_reused");
    }

    @Test
    void a_notice_without_a_merchant_key_is_a_401_and_nothing_is_sent() {
        int sent = api.processor.received().size();

        JsonNode problem = assertProblem(api.post(shipments(), notice("s-1", 1250, null)), 401,
                "merchant_key_required");

        assertThat(problem.get("detail").asText()).contains("Authorization: Bearer");
        assertThat(api.processor.received()).hasSize(sent);
    }

    @Test
    void an_invoice_number_of_another_shipment_of_the_merchant_is_a_409_and_nothing_is_sent() {
        ship("m-1", notice("s-1", 1000, "INV-7"));
        int sent = api.processor.received().size();

        JsonNode problem = assertProblem(ship("m-1", notice("s-2", 500, "INV-7")), 409, "invoice_number_taken");

        assertThat(problem.get("detail").asText()).contains("INV-7");
        assertThat(api.processor.received()).hasSize(sent);
    }

    @Test
    void an_invoice_number_is_taken_across_the_merchants_orders() {
        ship("m-1", notice("s-1", 1000, "INV-8"));
        createOrderAndAcceptNotices();

        assertProblem(ship("m-1", notice("s-1", 1000, "INV-8")), 409, "invoice_number_taken");
    }

    @Test
    void the_same_shipment_sent_again_keeps_its_invoice_number() {
        ship("m-1", notice("s-1", 1000, "INV-9"));

        var again = ship("m-1", notice("s-1", 1000, "INV-9"));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    }

    @Test
    void another_merchant_may_use_the_same_invoice_number() {
        ship("m-1", notice("s-1", 1000, "INV-10"));

        var response = ship("m-2", notice("s-2", 1000, "INV-10"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void a_refused_notice_gives_its_invoice_number_back() {
        api.processor.refuseWith(result -> result.setErrorCode("shipment_exceeds_remaining")
                .setErrorMessage("A shipment of 3000 exceeds what remains of the order: 2500."));
        ship("m-1", notice("s-1", 3000, "INV-11"));
        api.processor.acceptWith(MerchantOrderRoutesIT::accepted);

        var response = ship("m-1", notice("s-2", 2500, "INV-11"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void a_notice_not_sent_gives_its_invoice_number_back() {
        api.processor.beUnreachable();
        assertProblem(ship("m-1", notice("s-1", 1000, "INV-12")), 503, "service_unavailable");
        api.processor.acceptWith(MerchantOrderRoutesIT::accepted);

        assertThat(ship("m-1", notice("s-2", 1000, "INV-12")).statusCode()).isEqualTo(200);
    }

    @Test
    void an_invalid_notice_is_a_422_naming_its_fields_and_nothing_is_sent() {
        int sent = api.processor.received().size();

        JsonNode problem = assertProblem(ship("m-1", """
                {"shipmentId": "s/1", "lines": [{"sku": "SKU-1", "quantity": 0}], "invoiceNumber": ""}"""),
                422, "validation_failed");

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("amount", "shipmentId", "invoiceNumber", "lines[0].quantity");
        assertThat(api.processor.received()).hasSize(sent);
    }

    @Test
    void an_unknown_field_is_a_400() {
        assertProblem(ship("m-1", "{\"shipmentId\": \"s-1\", \"amount\": 1, \"carrier\": \"DHL\"}"), 400,
                "invalid_json_type");
    }

    // ---- pay-later orders

    private static String payLater(String extra) {
        return RoutesHarness.ORDER.replace("\"currency\"", "\"paymentTerms\": \"INVOICE\", " + extra + "\"currency\"");
    }

    @Test
    void a_merchant_creates_a_pay_later_order_with_its_fee() {
        api.processor.reset();
        var response = api.post("/orders", payLater(""), Map.of(MERCHANT, "m-1"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var create = (CreateOrder) api.processor.received().getLast().getPayload();
        assertThat(create.getPaymentTerms()).isEqualTo(PaymentTerms.INVOICE);
        assertThat(create.getMerchantId()).isEqualTo("m-1");
        assertThat(create.getMerchantFeeBasisPoints()).isEqualTo(250);
    }

    @Test
    void the_shop_creating_a_pay_later_order_is_a_422_naming_payment_terms() {
        api.processor.reset();
        int sent = api.processor.received().size();

        JsonNode problem = assertProblem(api.post("/orders", payLater("")), 422, "validation_failed");

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("paymentTerms");
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("payment_terms_invalid");
        assertThat(api.processor.received()).hasSize(sent);
    }

    @Test
    void a_pay_later_order_paid_now_is_a_422_naming_payment_terms() {
        JsonNode problem = assertProblem(api.post("/orders", payLater("\"payNow\": true, "), Map.of(MERCHANT, "m-1")),
                422, "validation_failed");

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("paymentTerms");
    }

    @Test
    void unknown_payment_terms_are_a_400() {
        assertProblem(api.post("/orders", RoutesHarness.ORDER.replace("\"currency\"",
                "\"paymentTerms\": \"LATER\", \"currency\""), Map.of(MERCHANT, "m-1")), 400, "invalid_json_type");
    }

    // ---- cancel-remainder

    @Test
    void cancel_remainder_sends_its_command_with_the_reason_and_answers_200_with_the_order() {
        var response = api.post("/orders/" + orderId + "/cancel-remainder", "{\"reason\": \"out of stock\"}",
                Map.of(MERCHANT, "m-1"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("id").asText()).isEqualTo(orderId);
        OrderCommand command = api.processor.received().getLast();
        assertThat(command.getPayload()).isEqualTo(new CancelRemainder("out of stock"));
        assertThat(command.getMerchantId()).isEqualTo("m-1");
    }

    @Test
    void cancel_remainder_needs_no_body() {
        api.post("/orders/" + orderId + "/cancel-remainder", null, Map.of(MERCHANT, "m-1"));

        assertThat(api.processor.received().getLast().getPayload()).isEqualTo(new CancelRemainder(null));
    }

    @Test
    void cancel_remainder_refused_by_the_processor_is_its_problem() {
        api.processor.refuseWith(result -> result.setErrorCode("invalid_state")
                .setErrorMessage("Nothing has shipped yet: cancel the order instead."));

        assertProblem(api.post("/orders/" + orderId + "/cancel-remainder", null, Map.of(MERCHANT, "m-1")), 409,
                "invalid_state");
    }

    @Test
    void a_cancel_remainder_reason_beyond_its_bound_is_a_422() {
        assertProblem(api.post("/orders/" + orderId + "/cancel-remainder",
                "{\"reason\": \"" + "r".repeat(501) + "\"}", Map.of(MERCHANT, "m-1")), 422, "validation_failed");
    }
}
