package io.orderstream.processor.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.processor.domain.OrderPolicy;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.FulfillmentStatus;
import io.orderstream.schemas.fulfillment.ShipmentReport;
import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.FulfillmentOutcome;
import io.orderstream.schemas.order.InvoiceIssued;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.PayoutRequested;
import io.orderstream.schemas.order.PayoutSettled;
import io.orderstream.schemas.order.RecordShipment;
import io.orderstream.schemas.order.RefundRequested;
import io.orderstream.schemas.order.ShipmentRecorded;
import io.orderstream.schemas.order.TransferStatus;
import io.orderstream.schemas.payment.PaymentKind;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import io.orderstream.schemas.order.PaymentTerms;
import org.junit.jupiter.api.Test;

/**
 * The topology's wiring: each input reaches the processor and each output topic gets what the domain's reactions
 * say, deadlines fire from the deadline store by the test driver's clock, and a snapshot over its budget writes
 * nothing. The order's rules themselves are specified in the domain ({@code OrderDeciderTest},
 * {@code OrderReactionsTest}).
 */
class OrderTopologyTest {

    private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
    private static final KafkaSettings KAFKA = KafkaSettings.from(new Env(Map.of()));
    private static final AvroSerdes SERDES = AvroSerdes.schemaless();
    private static final OrderTopology.Settings SETTINGS = new OrderTopology.Settings(
            new OrderPolicy(1_000_000, Duration.ofSeconds(60), 3, Duration.ofSeconds(30), 5), Duration.ofSeconds(1));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, OrderCommand> commands;
    private TestInputTopic<String, FulfillmentResult> fulfillmentResults;
    private TestOutputTopic<String, OrderEvent> events;
    private TestOutputTopic<String, OrderState> snapshots;
    private TestOutputTopic<String, CommandResult> results;
    private TestOutputTopic<String, FulfillmentRequest> fulfillmentRequests;
    private TestInputTopic<String, PaymentResult> paymentResults;
    private TestOutputTopic<String, PaymentRequest> paymentRequests;
    private TestOutputTopic<String, PaymentRequest> payoutRequests;

    @BeforeEach
    void startTopology() {
        driver = new TopologyTestDriver(OrderTopology.build(KAFKA, SERDES, SETTINGS, meters), config(), START);
        commands = input(TopicCatalog.ORDER_COMMANDS);
        fulfillmentResults = input(TopicCatalog.FULFILLMENT_RESULTS);
        events = output(TopicCatalog.ORDER_EVENTS);
        snapshots = output(TopicCatalog.ORDER_STATE);
        results = output(TopicCatalog.ORDER_COMMAND_RESULTS);
        fulfillmentRequests = output(TopicCatalog.FULFILLMENT_REQUESTS);
        paymentResults = input(TopicCatalog.PAYMENT_RESULTS);
        paymentRequests = output(TopicCatalog.PAYMENT_REQUESTS);
        payoutRequests = output(TopicCatalog.PAYOUT_REQUESTS);
    }

    private static Properties config() {
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "order-processor-test");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return config;
    }

    private <V extends SpecificRecord> TestInputTopic<String, V> input(Topic<V> topic) {
        return driver.createInputTopic(topic.name(), Serdes.String().serializer(), SERDES.valueSerde(topic).serializer());
    }

    private <V extends SpecificRecord> TestOutputTopic<String, V> output(Topic<V> topic) {
        return driver.createOutputTopic(topic.name(), Serdes.String().deserializer(),
                SERDES.valueSerde(topic).deserializer());
    }

    @AfterEach
    void closeTopology() {
        driver.close();
    }

    private static OrderCommand create(String orderId) {
        return command("create-" + orderId, orderId, new CreateOrder("a@b.com", "EUR",
                List.of(new OrderLine("SKU-1", "Mug", 2, 1250L), new OrderLine("SKU-2", "Plate", 1, 2500L)),
                false, null, null, 0, PaymentTerms.PREPAID));
    }

    private static OrderCommand pay(String commandId, String orderId, String paymentId, long amount) {
        return command(commandId, orderId, new ApplyPayment(paymentId, amount));
    }

    private static OrderCommand command(String commandId, String orderId, Object payload) {
        return new OrderCommand(commandId, orderId, START, null, payload, null);
    }

    private void payInFull(String orderId) {
        commands.pipeInput(orderId, create(orderId));
        commands.pipeInput(orderId, pay("c-pay", orderId, "p-1", 5000));
    }

    private static FulfillmentResult shipped(FulfillmentRequest request, long... amounts) {
        List<ShipmentReport> shipments = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            shipments.add(new ShipmentReport(request.getRequestId() + "-" + (i + 1), amounts[i], List.of(), START));
        }
        return new FulfillmentResult(request.getRequestId(), request.getOrderId(), FulfillmentStatus.SUCCEEDED,
                shipments, null, START);
    }

    private OrderState latestSnapshot() {
        List<OrderState> all = snapshots.readValuesToList();
        return all.getLast();
    }

    @Test
    void a_created_order_emits_the_event_the_snapshot_and_an_accepted_result() {
        commands.pipeInput("o-1", create("o-1"));

        OrderEvent event = events.readValue();
        assertThat(event.getPayload()).isInstanceOf(OrderCreated.class);
        assertThat(event.getEventId()).isEqualTo("o-1/1");
        assertThat(event.getCausationId()).isEqualTo("create-o-1");
        OrderState snapshot = snapshots.readValue();
        assertThat(snapshot.getStatus()).isEqualTo(OrderStatus.CREATED);
        assertThat(snapshot.getTotal()).isEqualTo(5000);
        CommandResult result = results.readValue();
        assertThat(result.getOutcome()).isEqualTo(CommandOutcome.ACCEPTED);
        assertThat(result.getOrder()).isEqualTo(snapshot);
    }

    @Test
    void a_rejected_command_emits_only_its_result_with_the_reason_and_field_errors() {
        commands.pipeInput("o-1", command("c-1", "o-1", new CreateOrder("nope", "EUR", List.of(), false, null, null, 0, PaymentTerms.PREPAID)));

        assertThat(events.isEmpty()).isTrue();
        assertThat(snapshots.isEmpty()).isTrue();
        CommandResult result = results.readValue();
        assertThat(result.getOutcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(result.getErrorCode()).isEqualTo("validation_failed");
        assertThat(result.getFieldErrors()).extracting(e -> e.getField()).containsExactly("customerEmail", "lines");
        assertThat(meters.counter("orderstream.commands.rejected", "code", "validation_failed").count()).isEqualTo(1);
    }

    @Test
    void a_command_whose_snapshot_would_exceed_the_size_budget_is_refused_and_nothing_of_it_is_written() {
        driver.close();
        var tinyBudget = new OrderTopology.Settings(SETTINGS.policy(), SETTINGS.deadlineCheckInterval(), 20);
        driver = new TopologyTestDriver(OrderTopology.build(KAFKA, SERDES, tinyBudget, meters), config(), START);
        commands = input(TopicCatalog.ORDER_COMMANDS);
        events = output(TopicCatalog.ORDER_EVENTS);
        snapshots = output(TopicCatalog.ORDER_STATE);
        results = output(TopicCatalog.ORDER_COMMAND_RESULTS);

        commands.pipeInput("o-1", create("o-1"));
        commands.pipeInput("o-1", pay("c-pay", "o-1", "p-1", 1000));

        assertThat(events.isEmpty()).isTrue();
        assertThat(snapshots.isEmpty()).isTrue();
        assertThat(results.readValuesToList()).extracting(CommandResult::getErrorCode)
                .containsExactly("order_limit_reached", "order_not_found");
    }

    @Test
    void installments_with_a_duplicate_lead_to_fulfillment_and_a_success_closes_the_order() {
        commands.pipeInput("o-1", create("o-1"));
        commands.pipeInput("o-1", pay("c-2", "o-1", "p-1", 1000));
        commands.pipeInput("o-1", pay("c-3", "o-1", "p-2", 1000));
        commands.pipeInput("o-1", pay("c-3-retry", "o-1", "p-2", 1000));
        commands.pipeInput("o-1", pay("c-4", "o-1", "p-3", 3000));

        FulfillmentRequest request = fulfillmentRequests.readValue();
        assertThat(request.getTotal()).isEqualTo(5000);
        assertThat(request.getAttempt()).isEqualTo(1);
        assertThat(fulfillmentRequests.isEmpty()).isTrue();
        OrderState inFulfillment = latestSnapshot();
        assertThat(inFulfillment.getStatus()).isEqualTo(OrderStatus.IN_FULFILLMENT);
        assertThat(inFulfillment.getPaid()).isEqualTo(5000);
        assertThat(inFulfillment.getPayments()).hasSize(3);

        fulfillmentResults.pipeInput("o-1", shipped(request, 2000, 3000));

        OrderState closed = latestSnapshot();
        assertThat(closed.getStatus()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.getShipped()).isEqualTo(5000);
        assertThat(closed.getShipments()).hasSize(2);
        assertThat(closed.getFulfillment().getOutcome()).isEqualTo(FulfillmentOutcome.SUCCEEDED);
        assertThat(results.readValuesToList()).extracting(CommandResult::getOutcome)
                .containsOnly(CommandOutcome.ACCEPTED);
        assertThat(meters.counter("orderstream.orders.closed", "result", "SUCCEEDED").count()).isEqualTo(1);
    }

    @Test
    void an_unanswered_fulfillment_is_requested_again_with_the_same_id_after_the_timeout() {
        payInFull("o-1");
        FulfillmentRequest first = fulfillmentRequests.readValue();

        driver.advanceWallClockTime(Duration.ofSeconds(59));
        assertThat(fulfillmentRequests.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        FulfillmentRequest second = fulfillmentRequests.readValue();
        assertThat(second.getRequestId()).isEqualTo(first.getRequestId());
        assertThat(second.getAttempt()).isEqualTo(2);
    }

    @Test
    void an_answered_order_is_not_requested_again() {
        payInFull("o-1");
        fulfillmentResults.pipeInput("o-1", shipped(fulfillmentRequests.readValue(), 5000));

        driver.advanceWallClockTime(Duration.ofMinutes(5));

        assertThat(fulfillmentRequests.isEmpty()).isTrue();
        assertThat(latestSnapshot().getFulfillment().getOutcome()).isEqualTo(FulfillmentOutcome.SUCCEEDED);
    }

    @Test
    void orders_are_kept_apart_by_key() {
        commands.pipeInput("o-1", create("o-1"));
        commands.pipeInput("o-2", create("o-2"));

        assertThat(snapshots.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("o-1", "o-2");
        assertThat(driver.<String, OrderState>getKeyValueStore(OrderTopology.ORDER_STORE).approximateNumEntries())
                .isEqualTo(2);
    }

    private static OrderCommand createAndPay(String orderId) {
        return command("create-" + orderId, orderId, new CreateOrder("a@b.com", "EUR",
                List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)), true, null, null, 0, PaymentTerms.PREPAID));
    }

    private static PaymentResult paymentResult(PaymentRequest request, PaymentStatus status) {
        return PaymentResult.newBuilder().setRequestId(request.getRequestId()).setOrigin(request.getOrigin())
                .setOriginId(request.getOriginId()).setStatus(status).setAmount(request.getAmount())
                .setCurrency(request.getCurrency()).setChargeId(status == PaymentStatus.CAPTURED ? "ch_1" : null)
                .setCode(status == PaymentStatus.DECLINED ? "insufficient_funds" : null)
                .setCompletedAt(START).build();
    }

    @Test
    void create_and_pay_asks_for_the_charge_and_answers_only_when_it_is_captured() {
        commands.pipeInput("o-1", createAndPay("o-1"));

        PaymentRequest request = paymentRequests.readValue();
        assertThat(request.getIdempotencyKey()).isEqualTo("order/o-1/charge");
        assertThat(request.getAmount()).isEqualTo(2500);
        assertThat(request.getCustomerId()).isEqualTo("a@b.com");
        assertThat(results.isEmpty()).isTrue();
        assertThat(snapshots.readValue().getStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);

        paymentResults.pipeInput("o-1", paymentResult(request, PaymentStatus.CAPTURED));

        CommandResult result = results.readValue();
        assertThat(result.getCommandId()).isEqualTo("create-o-1");
        assertThat(result.getOutcome()).isEqualTo(CommandOutcome.ACCEPTED);
        assertThat(result.getOrder().getStatus()).isEqualTo(OrderStatus.IN_FULFILLMENT);
        assertThat(result.getOrder().getPaid()).isEqualTo(2500);
        assertThat(fulfillmentRequests.readValue().getTotal()).isEqualTo(2500);
    }

    @Test
    void a_create_delivered_again_is_answered_accepted_again_and_writes_nothing_new() {
        commands.pipeInput("o-1", create("o-1"));
        CommandResult first = results.readValue();
        events.readValuesToList();
        snapshots.readValuesToList();

        commands.pipeInput("o-1", create("o-1"));

        CommandResult again = results.readValue();
        assertThat(again.getCommandId()).isEqualTo(first.getCommandId());
        assertThat(again.getOutcome()).isEqualTo(CommandOutcome.ACCEPTED);
        assertThat(again.getOrder()).isEqualTo(first.getOrder());
        assertThat(events.isEmpty()).isTrue();
        assertThat(snapshots.isEmpty()).isTrue();
    }

    @Test
    void the_snapshot_carries_the_commands_the_order_remembers() {
        commands.pipeInput("o-1", create("o-1"));
        commands.pipeInput("o-1", pay("c-pay", "o-1", "p-1", 1000));

        OrderState snapshot = latestSnapshot();
        assertThat(snapshot.getCreatedBy()).isEqualTo("create-o-1");
        assertThat(snapshot.getAppliedCommandIds()).containsExactly("c-pay");
    }

    @Test
    void a_lost_payment_reply_is_covered_by_asking_again_with_the_same_key() {
        commands.pipeInput("o-1", createAndPay("o-1"));
        PaymentRequest first = paymentRequests.readValue();

        driver.advanceWallClockTime(Duration.ofSeconds(30));

        PaymentRequest second = paymentRequests.readValue();
        assertThat(second.getIdempotencyKey()).isEqualTo(first.getIdempotencyKey());
        assertThat(second.getRequestId()).isEqualTo(first.getRequestId());
    }

    @Test
    void an_invoice_payment_result_is_left_to_the_billing_scheduler() {
        var invoiceResult = PaymentResult.newBuilder().setRequestId("inv-1").setOrigin(PaymentOrigin.INVOICE)
                .setOriginId("inv-1").setStatus(PaymentStatus.CAPTURED).setAmount(100).setCurrency("EUR")
                .setCompletedAt(START).build();

        paymentResults.pipeInput("inv-1", invoiceResult);

        assertThat(snapshots.isEmpty()).isTrue();
        assertThat(results.isEmpty()).isTrue();
    }

    private static OrderCommand merchantsPayLater(String orderId) {
        return new OrderCommand("create-" + orderId, orderId, START, null, new CreateOrder("a@b.com", "EUR",
                List.of(new OrderLine("SKU-1", "Mug", 2, 1250L), new OrderLine("SKU-2", "Plate", 1, 2500L)),
                false, null, "m-1", 250, PaymentTerms.INVOICE), "m-1");
    }

    private static OrderCommand notice(String orderId, String shipmentId, long amount) {
        return new OrderCommand("ship-" + shipmentId, orderId, START, null,
                new RecordShipment(shipmentId, amount, List.of(), null, "TRACK-1"), "m-1");
    }

    @Test
    void a_shipment_notice_records_the_shipment_and_its_payout_and_asks_the_payout_on_payouts_requests() {
        commands.pipeInput("o-1", merchantsPayLater("o-1"));
        events.readValuesToList();

        commands.pipeInput("o-1", notice("o-1", "s-1", 2000));

        assertThat(events.readValuesToList()).extracting(e -> (Object) e.getPayload().getClass())
                .containsExactly(ShipmentRecorded.class, PayoutRequested.class, InvoiceIssued.class);
        PaymentRequest payout = payoutRequests.readValue();
        assertThat(payout.getKind()).isEqualTo(PaymentKind.PAYOUT);
        assertThat(payout.getRequestId()).isEqualTo("payout/o-1/s-1");
        assertThat(payout.getIdempotencyKey()).isEqualTo("payout/o-1/s-1");
        assertThat(payout.getOrigin()).isEqualTo(PaymentOrigin.ORDER);
        assertThat(payout.getOriginId()).isEqualTo("o-1");
        assertThat(payout.getCustomerId()).isEqualTo("m-1");
        assertThat(payout.getAmount()).isEqualTo(1950);
        assertThat(payout.getReference()).isEqualTo("s-1");
        assertThat(paymentRequests.isEmpty()).isTrue();
        assertThat(latestSnapshot().getShipments().getFirst().getPayout().getStatus())
                .isEqualTo(TransferStatus.REQUESTED);
    }

    @Test
    void a_payout_result_settles_the_payout_once() {
        commands.pipeInput("o-1", merchantsPayLater("o-1"));
        commands.pipeInput("o-1", notice("o-1", "s-1", 2000));
        PaymentResult sent = paymentResult(payoutRequests.readValue(), PaymentStatus.CAPTURED);
        sent.setKind(PaymentKind.PAYOUT);
        sent.setChargeId("po_1");
        events.readValuesToList();
        snapshots.readValuesToList();

        paymentResults.pipeInput("o-1", sent);
        paymentResults.pipeInput("o-1", sent);

        assertThat(events.readValuesToList()).extracting(OrderEvent::getPayload).singleElement()
                .isEqualTo(new PayoutSettled("payout/o-1/s-1", "s-1", TransferStatus.SUCCEEDED, "po_1", null));
        var payout = latestSnapshot().getShipments().getFirst().getPayout();
        assertThat(payout.getStatus()).isEqualTo(TransferStatus.SUCCEEDED);
        assertThat(payout.getProviderId()).isEqualTo("po_1");
    }

    @Test
    void a_prepaid_fulfillment_that_failed_asks_a_refund_on_payments_requests() {
        payInFull("o-1");
        FulfillmentRequest request = fulfillmentRequests.readValue();

        fulfillmentResults.pipeInput("o-1", new FulfillmentResult(request.getRequestId(), "o-1",
                FulfillmentStatus.FAILED, List.of(), "out of stock", START));

        PaymentRequest refund = paymentRequests.readValue();
        assertThat(refund.getKind()).isEqualTo(PaymentKind.REFUND);
        assertThat(refund.getRequestId()).isEqualTo("refund/o-1/fulfillment_failed");
        assertThat(refund.getIdempotencyKey()).isEqualTo("refund/o-1/fulfillment_failed");
        assertThat(refund.getAmount()).isEqualTo(5000);
        assertThat(refund.getCustomerId()).isEqualTo("a@b.com");
        assertThat(refund.getReference()).isNull();
        assertThat(events.readValuesToList()).extracting(OrderEvent::getPayload)
                .contains(new RefundRequested("refund/o-1/fulfillment_failed", 5000L, "fulfillment_failed"));
        assertThat(latestSnapshot().getRefunds()).singleElement()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo(TransferStatus.REQUESTED));
    }
}
