package io.orderstream.fulfillment.warehouse;

import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.FulfillmentStatus;
import io.orderstream.schemas.fulfillment.ShipmentReport;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mock warehouse: ships an order in 1 to 3 shipments or fails it with a reason, at random in the configured
 * ratio. The answer is a pure function of the seed and the request (its id decides, its time dates the answer), so
 * the same request always gets the same answer: same outcome, shipment ids, amounts, reason and times.
 */
public final class Warehouse {

    private final WarehouseSettings settings;

    public Warehouse(WarehouseSettings settings) {
        this.settings = settings;
    }

    public FulfillmentResult fulfil(FulfillmentRequest request) {
        Instant completedAt = request.getRequestedAt().plus(settings.workTime());
        if (!RequestCheck.isShippable(request)) {
            return failed(request, FailureReason.INVALID_REQUEST, completedAt);
        }
        SplittableRandom random = DecisionRandom.forRequest(settings.seed(), request.getRequestId());
        if (random.nextDouble() >= settings.successRatio()) {
            return failed(request, FailureReason.drawn(random), completedAt);
        }
        return shipped(request, ShipmentPlanner.plan(request, random, completedAt), completedAt);
    }

    private static FulfillmentResult shipped(FulfillmentRequest request, List<ShipmentReport> shipments,
                                             Instant completedAt) {
        return result(request, FulfillmentStatus.SUCCEEDED, completedAt).setShipments(shipments).build();
    }

    private static FulfillmentResult failed(FulfillmentRequest request, FailureReason reason, Instant completedAt) {
        return result(request, FulfillmentStatus.FAILED, completedAt).setReason(reason.code()).build();
    }

    private static FulfillmentResult.Builder result(FulfillmentRequest request, FulfillmentStatus status,
                                                    Instant completedAt) {
        return FulfillmentResult.newBuilder()
                .setRequestId(request.getRequestId())
                .setOrderId(request.getOrderId())
                .setStatus(status)
                .setShipments(List.of())
                .setReason(null)
                .setCompletedAt(completedAt);
    }
}
