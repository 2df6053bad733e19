package io.orderstream.processor.domain;

import static io.orderstream.platform.limits.OrderLimits.MAX_ID_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_LINES;
import static io.orderstream.platform.limits.OrderLimits.MAX_REASON_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_SHIPMENTS_PER_ORDER;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.processor.domain.Command.ChargeStatus;
import io.orderstream.processor.domain.Command.RecordChargeResult;
import io.orderstream.processor.domain.Command.RecordFulfillmentResult;
import io.orderstream.processor.domain.Decision.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What an answer of the warehouse or the payment worker must look like before it may change an order: they are
 * other services, so their texts obey the same bounds as a client's.
 */
final class ResultRules {

    private ResultRules() {
    }

    static List<FieldError> check(RecordFulfillmentResult result) {
        List<FieldError> errors = new ArrayList<>();
        FieldRules.optionalText("reason", result.reason(), MAX_REASON_LENGTH, FieldCode.REASON_TOO_LONG, errors);
        if (result.shipments().size() > MAX_SHIPMENTS_PER_ORDER) {
            errors.add(new FieldError("shipments", FieldCode.SHIPMENTS_COUNT_OUT_OF_RANGE,
                    "At most " + MAX_SHIPMENTS_PER_ORDER + " shipments."));
            return errors;
        }
        for (int i = 0; i < result.shipments().size(); i++) {
            check("shipments[" + i + "]", result.shipments().get(i), errors);
        }
        return errors;
    }

    static List<FieldError> check(RecordChargeResult result) {
        List<FieldError> errors = new ArrayList<>();
        if (result.status() == ChargeStatus.CAPTURED) {
            FieldRules.requireText("chargeId", result.chargeId(), MAX_ID_LENGTH, FieldCode.CHARGE_ID_INVALID, errors);
        }
        FieldRules.optionalText("code", result.code(), MAX_REASON_LENGTH, FieldCode.CODE_INVALID, errors);
        FieldRules.optionalText("reason", result.reason(), MAX_REASON_LENGTH, FieldCode.REASON_TOO_LONG, errors);
        return errors;
    }

    static List<FieldError> check(Command.RecordTransferResult result) {
        List<FieldError> errors = new ArrayList<>();
        if (result.status() == ChargeStatus.CAPTURED) {
            FieldRules.requireText("providerId", result.providerId(), MAX_ID_LENGTH, FieldCode.CHARGE_ID_INVALID,
                    errors);
        } else {
            FieldRules.optionalText("providerId", result.providerId(), MAX_ID_LENGTH, FieldCode.CHARGE_ID_INVALID,
                    errors);
        }
        FieldRules.optionalText("reason", result.reason(), MAX_REASON_LENGTH, FieldCode.REASON_TOO_LONG, errors);
        return errors;
    }

    private static void check(String path, RecordedShipment shipment, List<FieldError> errors) {
        FieldRules.requireText(path + ".shipmentId", shipment.shipmentId(), MAX_ID_LENGTH,
                FieldCode.SHIPMENT_ID_INVALID, errors);
        if (shipment.lines().size() > MAX_LINES) {
            errors.add(new FieldError(path + ".lines", FieldCode.LINES_COUNT_OUT_OF_RANGE,
                    "At most " + MAX_LINES + " lines."));
            return;
        }
        for (int j = 0; j < shipment.lines().size(); j++) {
            FieldRules.checkSku(path + ".lines[" + j + "].sku", shipment.lines().get(j).sku(), errors);
        }
    }
}
