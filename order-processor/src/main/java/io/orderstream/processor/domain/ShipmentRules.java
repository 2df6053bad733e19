package io.orderstream.processor.domain;

import static io.orderstream.platform.limits.OrderLimits.MAX_ID_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_LINES;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.processor.domain.Command.RecordShipment;
import io.orderstream.processor.domain.Decision.FieldError;
import io.orderstream.processor.domain.RecordedShipment.ShippedLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a merchant's shipment notice acceptable: its texts bounded like every other, and, when it lists what
 * shipped, lines that are the order's, never more than was ordered (over all its shipments), worth its amount.
 */
final class ShipmentRules {

    private ShipmentRules() {
    }

    /** The notice on its own, before the order is looked at. */
    static List<FieldError> check(RecordShipment notice) {
        List<FieldError> errors = new ArrayList<>();
        FieldRules.requireText("shipmentId", notice.shipmentId(), MAX_ID_LENGTH, FieldCode.SHIPMENT_ID_INVALID,
                errors);
        FieldRules.optionalText("invoiceNumber", notice.invoiceNumber(), MAX_ID_LENGTH, FieldCode.OUT_OF_RANGE,
                errors);
        FieldRules.optionalText("trackingCode", notice.trackingCode(), MAX_ID_LENGTH, FieldCode.OUT_OF_RANGE, errors);
        if (notice.lines().size() > MAX_LINES) {
            errors.add(new FieldError("lines", FieldCode.LINES_COUNT_OUT_OF_RANGE, "At most " + MAX_LINES + " lines."));
            return errors;
        }
        for (int i = 0; i < notice.lines().size(); i++) {
            ShippedLine line = notice.lines().get(i);
            FieldRules.checkSku("lines[" + i + "].sku", line.sku(), errors);
            if (line.quantity() <= 0) {
                errors.add(new FieldError("lines[" + i + "].quantity", FieldCode.QUANTITY_OUT_OF_RANGE,
                        "A shipped quantity is positive."));
            }
        }
        return errors;
    }

    /** The notice's lines against the order: nothing to check when it lists none. */
    static List<FieldError> checkAgainst(Order order, RecordShipment notice) {
        if (notice.lines().isEmpty()) {
            return List.of();
        }
        Map<String, LineItem> ordered = new HashMap<>();
        order.lines().forEach(line -> ordered.put(line.sku(), line));
        Map<String, Long> shipped = new HashMap<>();
        order.shipments().forEach(s -> s.lines().forEach(l -> shipped.merge(l.sku(), (long) l.quantity(), Long::sum)));
        List<FieldError> errors = new ArrayList<>();
        long value = 0;
        for (int i = 0; i < notice.lines().size(); i++) {
            ShippedLine line = notice.lines().get(i);
            LineItem item = ordered.get(line.sku());
            if (item == null) {
                errors.add(new FieldError("lines[" + i + "].sku", FieldCode.OUT_OF_RANGE,
                        "SKU " + line.sku() + " is not on the order."));
                continue;
            }
            long after = shipped.merge(line.sku(), (long) line.quantity(), Long::sum);
            if (after > item.quantity()) {
                errors.add(new FieldError("lines[" + i + "].quantity", FieldCode.QUANTITY_OUT_OF_RANGE,
                        "Shipments of SKU " + line.sku() + " would exceed the " + item.quantity() + " ordered."));
                continue;
            }
            value += Math.multiplyExact(item.unitPrice(), (long) line.quantity());
        }
        if (errors.isEmpty() && value != notice.amount()) {
            errors.add(new FieldError("amount", FieldCode.OUT_OF_RANGE,
                    "The amount must be the value of the shipped lines: " + value + "."));
        }
        return errors;
    }
}
