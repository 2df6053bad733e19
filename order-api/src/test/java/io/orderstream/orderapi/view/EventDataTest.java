package io.orderstream.orderapi.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.platform.http.Json;
import io.orderstream.schemas.order.FulfillmentCompleted;
import io.orderstream.schemas.order.FulfillmentOutcome;
import io.orderstream.schemas.order.InvoiceIssued;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.PayoutRequested;
import io.orderstream.schemas.order.PayoutSettled;
import io.orderstream.schemas.order.RefundRequested;
import io.orderstream.schemas.order.RemainderCancelled;
import io.orderstream.schemas.order.ShipmentLine;
import io.orderstream.schemas.order.ShipmentRecorded;
import io.orderstream.schemas.order.TransferStatus;
import java.time.Instant;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDataTest {

    private static JsonNode json(Object data) throws IOException {
        return Json.MAPPER.readTree(Json.write(data));
    }

    @Test
    void a_record_becomes_an_object_with_its_fields_in_schema_order() throws IOException {
        var created = new OrderCreated("a@b.com", "EUR", List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)), 2500L, false);

        JsonNode data = json(EventData.of(created));

        assertThat(data.fieldNames()).toIterable()
                .containsExactly("customerEmail", "currency", "lines", "total", "payNow");
        assertThat(data.get("lines").get(0).get("unitPrice").asLong()).isEqualTo(1250);
        assertThat(data.get("total").isIntegralNumber()).isTrue();
        assertThat(data.get("payNow").asBoolean()).isFalse();
    }

    @Test
    void enums_become_their_names_and_missing_options_null() throws IOException {
        JsonNode data = json(EventData.of(new FulfillmentCompleted(FulfillmentOutcome.SUCCEEDED, null)));

        assertThat(data.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(data.get("reason").isNull()).isTrue();
    }

    @Test
    void nested_lists_of_records_are_kept() throws IOException {
        var shipped = new ShipmentRecorded("ship-1", 2500L, List.of(new ShipmentLine("SKU-1", 2)), null, null);

        JsonNode data = json(EventData.of(shipped));

        assertThat(data.get("lines").get(0).get("sku").asText()).isEqualTo("SKU-1");
        assertThat(data.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void a_shipment_notice_shows_its_invoice_number_and_tracking_code() throws IOException {
        JsonNode data = json(EventData.of(new ShipmentRecorded("s-1", 1250L, List.of(), "INV-1", "1Z-1")));

        assertThat(data.fieldNames()).toIterable()
                .containsExactly("shipmentId", "amount", "lines", "invoiceNumber", "trackingCode");
        assertThat(data.get("invoiceNumber").asText()).isEqualTo("INV-1");
    }

    @Test
    void a_payout_requested_and_settled_show_their_ids_amounts_and_status() throws IOException {
        JsonNode requested = json(EventData.of(new PayoutRequested("payout/o-1/s-1", "s-1", 1219L, 31L)));
        JsonNode settled = json(EventData.of(new PayoutSettled("payout/o-1/s-1", "s-1", TransferStatus.SUCCEEDED,
                "po_1", null)));

        assertThat(requested.fieldNames()).toIterable().containsExactly("payoutId", "shipmentId", "amount", "fee");
        assertThat(requested.get("fee").asLong()).isEqualTo(31);
        assertThat(settled.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(settled.get("providerId").asText()).isEqualTo("po_1");
    }

    @Test
    void an_invoice_issued_shows_its_due_date_as_an_iso_timestamp() throws IOException {
        var issued = new InvoiceIssued("INV-1", "s-1", 1250L, Instant.parse("2026-12-30T10:00:00Z"));

        JsonNode data = json(EventData.of(issued));

        assertThat(data.fieldNames()).toIterable().containsExactly("invoiceNumber", "shipmentId", "amount", "dueAt");
        assertThat(data.get("dueAt").asText()).isEqualTo("2026-12-30T10:00:00Z");
    }

    @Test
    void a_remainder_cancelled_and_a_refund_requested_show_amounts_and_reasons() throws IOException {
        JsonNode released = json(EventData.of(new RemainderCancelled(1250L, "out of stock")));
        JsonNode refund = json(EventData.of(new RefundRequested("refund/o-1/remainder_cancelled", 1250L,
                "remainder_cancelled")));

        assertThat(released.get("released").asLong()).isEqualTo(1250);
        assertThat(released.get("reason").asText()).isEqualTo("out of stock");
        assertThat(refund.get("refundId").asText()).isEqualTo("refund/o-1/remainder_cancelled");
        assertThat(refund.get("reason").asText()).isEqualTo("remainder_cancelled");
    }
}
