package io.orderstream.processor.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.processor.domain.AppliedCommands;
import io.orderstream.processor.domain.ChargeRejection;
import io.orderstream.processor.domain.Command;
import io.orderstream.processor.domain.LineItem;
import io.orderstream.processor.domain.Order;
import io.orderstream.processor.domain.OrderDecider;
import io.orderstream.processor.domain.OrderEvolution;
import io.orderstream.processor.domain.OrderPolicy;
import io.orderstream.processor.domain.OrderTerms;
import io.orderstream.processor.domain.PaymentTerms;
import io.orderstream.processor.domain.RecordedShipment;
import io.orderstream.schemas.order.OrderState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class AvroMappingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final OrderDecider DECIDER = new OrderDecider(OrderPolicy.DEFAULT);

    private static Order decided(Order order, Command command) {
        return OrderEvolution.evolveAll("o-1", order, command, DECIDER.decide(order, command, NOW).events());
    }

    private static Order pendingPayment() {
        return decided(null, new Command.CreateOrder("create-1", "a@b.com", "EUR",
                List.of(new LineItem("SKU-1", "Mug", 1, 1000)), true));
    }

    @Test
    void the_commands_and_the_rejection_survive_the_snapshot() {
        Order rejected = decided(pendingPayment(), new Command.RecordChargeResult("r-1", "create-1",
                Command.ChargeStatus.DECLINED, null, "insufficient_funds", null));

        Order read = AvroMapping.order(AvroMapping.state(rejected));

        assertThat(read.commands()).isEqualTo(new AppliedCommands("create-1", List.of()));
        assertThat(read.rejection()).isEqualTo(new ChargeRejection("payment_declined", "insufficient_funds"));
        assertThat(read).isEqualTo(rejected);
    }

    @Test
    void a_create_and_pay_snapshot_from_before_the_creator_was_kept_takes_its_charge_request_as_creator() {
        var older = AvroMapping.state(pendingPayment());
        older.setCreatedBy(null);

        assertThat(AvroMapping.order(older).commands().isCreator("create-1")).isTrue();
    }

    @Test
    void a_plain_snapshot_from_before_the_creator_was_kept_knows_none() {
        Order created = decided(null, new Command.CreateOrder("create-1", "a@b.com", "EUR",
                List.of(new LineItem("SKU-1", "Mug", 1, 1000)), false));
        var older = AvroMapping.state(created);
        older.setCreatedBy(null);

        assertThat(AvroMapping.order(older).commands()).isEqualTo(AppliedCommands.NONE);
    }

    private static final String MERCHANT = "m-1";

    private static Order payLaterShippedAndPaidInPart() {
        var lines = List.of(new LineItem("SKU-1", "Mug", 2, 1000));
        Order order = decided(null, new Command.CreateOrder("create-1", "a@b.com", "EUR", lines, false, MERCHANT,
                250, PaymentTerms.INVOICE));
        order = decided(order, new Command.RecordShipment("ship-1", "s-1", 1000,
                List.of(new RecordedShipment.ShippedLine("SKU-1", 1)), "INV-1", "TRACK-1", MERCHANT));
        order = decided(order, new Command.RecordTransferResult("r-1", Command.Transfer.PAYOUT, "payout/o-1/s-1",
                Command.ChargeStatus.CAPTURED, "po_1", null));
        order = decided(order, new Command.ApplyPayment("pay-1", "p-1", 400, MERCHANT));
        return decided(order, new Command.CancelRemainder("cr-1", "gone", MERCHANT));
    }

    private static Order prepaidRefunded() {
        var lines = List.of(new LineItem("SKU-1", "Mug", 2, 1000));
        Order order = decided(null, new Command.CreateOrder("create-1", "a@b.com", "EUR", lines, false, MERCHANT,
                250, PaymentTerms.PREPAID));
        order = decided(order, new Command.ApplyPayment("pay-1", "p-1", 2000, MERCHANT));
        order = decided(order, new Command.RecordShipment("ship-1", "s-1", 1000, List.of(), null, null, MERCHANT));
        return decided(order, new Command.CancelRemainder("cr-1", null, MERCHANT));
    }

    @Test
    void a_merchants_pay_later_order_survives_the_snapshot_with_its_terms_payouts_invoices_and_release() {
        Order order = payLaterShippedAndPaidInPart();
        assertThat(order.shipments().getFirst().payout()).isNotNull();
        assertThat(order.invoices()).hasSize(1);
        assertThat(order.released()).isEqualTo(1000);

        assertThat(AvroMapping.order(AvroMapping.state(order))).isEqualTo(order);
    }

    @Test
    void a_prepaid_orders_refund_survives_the_snapshot() {
        Order order = prepaidRefunded();
        assertThat(order.refunds()).hasSize(1);

        assertThat(AvroMapping.order(AvroMapping.state(order))).isEqualTo(order);
    }

    @Test
    void the_snapshot_shows_the_invoices_balance_and_the_payouts_status() {
        OrderState state = AvroMapping.state(payLaterShippedAndPaidInPart());

        assertThat(state.getMerchantId()).isEqualTo(MERCHANT);
        assertThat(state.getPaymentTerms()).isEqualTo(io.orderstream.schemas.order.PaymentTerms.INVOICE);
        assertThat(state.getStatus()).isEqualTo(io.orderstream.schemas.order.OrderStatus.SHIPPED);
        assertThat(state.getInvoices().getFirst().getPaid()).isEqualTo(400);
        assertThat(state.getShipments().getFirst().getPayout().getProviderId()).isEqualTo("po_1");
        assertThat(state.getShipments().getFirst().getInvoiceNumber()).isEqualTo("INV-1");
    }

    /** The fields issue 10 added, as a snapshot written before them lacks them (they were appended at the end). */
    private static final Map<String, Set<String>> ADDED_FIELDS = Map.of(
            "OrderState", Set.of("merchantId", "merchantFeeBasisPoints", "paymentTerms", "released", "invoices",
                    "refunds"),
            "Shipment", Set.of("invoiceNumber", "trackingCode", "payout"));

    @Test
    void a_snapshot_written_before_merchants_existed_reads_as_a_prepaid_order_of_the_shop() throws IOException {
        var lines = List.of(new LineItem("SKU-1", "Mug", 1, 1000));
        Order order = decided(null, new Command.CreateOrder("create-1", "a@b.com", "EUR", lines, false));
        order = decided(order, new Command.ApplyPayment("pay-1", "p-1", 1000));
        order = OrderEvolution.evolveAll("o-1", order, DECIDER.decide(order, new Command.RecordFulfillmentResult(
                "r-1", "o-1/fulfillment", io.orderstream.processor.domain.RequestedFulfillment.Outcome.SUCCEEDED,
                List.of(new RecordedShipment("w-1", 1000, List.of(), NOW)), null), NOW).events());

        Schema old = without(OrderState.getClassSchema(), new java.util.HashMap<>());
        assertThat(old.getField("merchantId")).isNull();
        OrderState read = readAsToday(written(AvroMapping.state(order), old), old);

        Order fromOld = AvroMapping.order(read);
        assertThat(fromOld.terms()).isEqualTo(OrderTerms.SHOP);
        assertThat(fromOld.released()).isZero();
        assertThat(fromOld.invoices()).isEmpty();
        assertThat(fromOld.refunds()).isEmpty();
        assertThat(fromOld.shipments().getFirst().payout()).isNull();
        assertThat(fromOld).isEqualTo(order);
    }

    private static byte[] written(OrderState state, Schema writer) throws IOException {
        var out = new ByteArrayOutputStream();
        var encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<OrderState>(writer).write(state, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static OrderState readAsToday(byte[] bytes, Schema writer) throws IOException {
        return new SpecificDatumReader<OrderState>(writer, OrderState.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
    }

    /** The schema with {@link #ADDED_FIELDS} taken out, in every record it nests. */
    private static Schema without(Schema schema, Map<String, Schema> done) {
        return switch (schema.getType()) {
            case RECORD -> {
                if (done.containsKey(schema.getFullName())) {
                    yield done.get(schema.getFullName());
                }
                Set<String> dropped = ADDED_FIELDS.getOrDefault(schema.getName(), Set.of());
                Schema copy = Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false);
                done.put(schema.getFullName(), copy);
                copy.setFields(schema.getFields().stream().filter(f -> !dropped.contains(f.name()))
                        .map(f -> new Schema.Field(f, without(f.schema(), done))).toList());
                yield copy;
            }
            case ARRAY -> Schema.createArray(without(schema.getElementType(), done));
            case UNION -> Schema.createUnion(schema.getTypes().stream().map(t -> without(t, done)).toList());
            default -> schema;
        };
    }
}
