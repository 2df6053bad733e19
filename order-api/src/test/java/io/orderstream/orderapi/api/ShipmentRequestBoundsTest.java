package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderstream.orderapi.api.ShipmentRequest.Line;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.limits.OrderLimits;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What order-api checks of a shipment notice before sending it; whether it fits the order is the processor's rule. */
class ShipmentRequestBoundsTest {

    private static final Line MUG = new Line("SKU-1", 1);

    private static ShipmentRequest shipment(String shipmentId, Long amount, List<Line> lines) {
        return new ShipmentRequest(shipmentId, amount, lines, null, null);
    }

    private static List<FieldProblem> problems(ShipmentRequest request) {
        return RequestShapes.problems(request);
    }

    @Test
    void a_notice_with_only_an_id_and_an_amount_is_complete() {
        assertThat(problems(shipment("s-1", 1250L, null))).isEmpty();
    }

    @Test
    void a_notice_at_every_limit_is_within_bounds() {
        var line = new Line("S".repeat(OrderLimits.MAX_SKU_LENGTH), Integer.MAX_VALUE);
        var request = new ShipmentRequest("s".repeat(OrderLimits.MAX_ID_LENGTH), 1L,
                Collections.nCopies(OrderLimits.MAX_LINES, line), "I".repeat(OrderLimits.MAX_INVOICE_NUMBER_LENGTH),
                "T".repeat(OrderLimits.MAX_TRACKING_CODE_LENGTH));

        assertThat(problems(request)).isEmpty();
    }

    @Test
    void an_invoice_number_may_hold_what_invoice_numbers_hold() {
        assertThat(problems(new ShipmentRequest("s-1", 1L, null, "RE 2026/11-0042 \u00e9", "1Z 999 AA1"))).isEmpty();
    }

    @Test
    void a_missing_id_amount_sku_or_quantity_is_required() {
        var request = shipment(" ", null, Arrays.asList(new Line(null, null), null));

        assertThat(problems(request)).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("shipmentId", "required"),
                tuple("amount", "required"),
                tuple("lines[0].sku", "required"),
                tuple("lines[0].quantity", "required"),
                tuple("lines[1]", "required"));
    }

    @Test
    void an_amount_that_is_not_positive_is_left_to_the_processor() {
        assertThat(problems(shipment("s-1", 0L, null))).isEmpty();
        assertThat(problems(shipment("s-1", -5L, null))).isEmpty();
    }

    @Test
    void a_shipment_id_not_of_the_id_shape_is_shipment_id_invalid() {
        assertThat(problems(shipment("s/1", 1L, null))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("shipmentId", "shipment_id_invalid"));
        assertThat(problems(shipment("s".repeat(OrderLimits.MAX_ID_LENGTH + 1), 1L, null)))
                .extracting(FieldProblem::code).containsExactly("shipment_id_invalid");
    }

    @Test
    void a_quantity_that_is_not_positive_is_quantity_out_of_range() {
        var request = shipment("s-1", 1L, List.of(MUG, new Line("SKU-2", 0), new Line("SKU-3", -1)));

        assertThat(problems(request)).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("lines[1].quantity", "quantity_out_of_range"),
                tuple("lines[2].quantity", "quantity_out_of_range"));
    }

    @Test
    void more_lines_than_an_order_has_is_lines_count_out_of_range() {
        var request = shipment("s-1", 1L, Collections.nCopies(OrderLimits.MAX_LINES + 1, MUG));

        assertThat(problems(request)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("lines", "lines_count_out_of_range"));
    }

    @Test
    void no_lines_is_a_notice_checked_by_its_amount_only() {
        assertThat(problems(shipment("s-1", 1L, List.of()))).isEmpty();
    }

    @Test
    void a_sku_beyond_its_limit_is_sku_too_long() {
        var request = shipment("s-1", 1L, List.of(new Line("S".repeat(OrderLimits.MAX_SKU_LENGTH + 1), 1)));

        assertThat(problems(request)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("lines[0].sku", "sku_too_long"));
    }

    @Test
    void an_invoice_number_or_tracking_code_too_long_or_blank_is_invalid() {
        var tooLong = new ShipmentRequest("s-1", 1L, null, "I".repeat(OrderLimits.MAX_INVOICE_NUMBER_LENGTH + 1),
                "T".repeat(OrderLimits.MAX_TRACKING_CODE_LENGTH + 1));
        var blank = new ShipmentRequest("s-1", 1L, null, "", "  ");

        assertThat(problems(tooLong)).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("invoiceNumber", "invoice_number_invalid"), tuple("trackingCode", "tracking_code_invalid"));
        assertThat(problems(blank)).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("invoiceNumber", "invoice_number_invalid"), tuple("trackingCode", "tracking_code_invalid"));
    }

    @Test
    void a_control_character_in_any_text_of_a_notice_is_control_character() {
        var request = new ShipmentRequest("s\u00001", 1L, List.of(new Line("SKU\n", 1)), "INV\u0007", "T\ud800");

        assertThat(problems(request)).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("shipmentId", "control_character"),
                tuple("invoiceNumber", "control_character"),
                tuple("trackingCode", "control_character"),
                tuple("lines[0].sku", "control_character"));
    }
}
