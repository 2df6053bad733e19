package io.orderstream.fulfillment.warehouse;

import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.RequestedLine;
import io.orderstream.schemas.fulfillment.ShipmentReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Splits a shippable order into 1 to 3 shipments at random cuts of its units, none empty. Each shipment's amount is
 * what its units are worth, so together they make the order's total.
 */
final class ShipmentPlanner {

    static final int MAX_SHIPMENTS = 3;

    private ShipmentPlanner() {
    }

    static List<ShipmentReport> plan(FulfillmentRequest request, SplittableRandom random, Instant shippedAt) {
        long units = request.getLines().stream().mapToLong(RequestedLine::getQuantity).sum();
        var pickList = new PickList(request.getLines());
        List<ShipmentReport> shipments = new ArrayList<>();
        for (long size : shipmentSizes(units, random)) {
            PickList.Parcel parcel = pickList.take(size);
            String shipmentId = request.getRequestId() + "-" + (shipments.size() + 1);
            shipments.add(new ShipmentReport(shipmentId, parcel.amount(), parcel.lines(), shippedAt));
        }
        return shipments;
    }

    /** How many units each shipment carries: as many shipments as drawn, each at least one unit, all units in all. */
    private static List<Long> shipmentSizes(long units, SplittableRandom random) {
        int count = 1 + random.nextInt((int) Math.min(MAX_SHIPMENTS, units));
        var cuts = new TreeSet<Long>();
        while (cuts.size() < count - 1) {
            cuts.add(1 + random.nextLong(units - 1));
        }
        cuts.add(units);
        List<Long> sizes = new ArrayList<>();
        long previous = 0;
        for (long cut : cuts) {
            sizes.add(cut - previous);
            previous = cut;
        }
        return sizes;
    }
}
