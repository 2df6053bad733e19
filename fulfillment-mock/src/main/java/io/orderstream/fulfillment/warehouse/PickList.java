package io.orderstream.fulfillment.warehouse;

import io.orderstream.schemas.fulfillment.RequestedLine;
import io.orderstream.schemas.fulfillment.ShippedLine;
import java.util.ArrayList;
import java.util.List;

/** Takes an order's units off the shelves line by line, in order; a line may be split between two parcels. */
final class PickList {

    /** What one parcel holds: its lines and what they are worth, in minor units. */
    record Parcel(List<ShippedLine> lines, long amount) {
    }

    private final List<RequestedLine> lines;
    private int line;
    private int takenFromLine;

    PickList(List<RequestedLine> lines) {
        this.lines = lines;
    }

    Parcel take(long units) {
        List<ShippedLine> picked = new ArrayList<>();
        long amount = 0;
        long remaining = units;
        while (remaining > 0) {
            RequestedLine current = lines.get(line);
            int quantity = (int) Math.min(remaining, current.getQuantity() - takenFromLine);
            picked.add(new ShippedLine(current.getSku(), quantity));
            amount += current.getUnitPrice() * quantity;
            remaining -= quantity;
            advance(quantity, current);
        }
        return new Parcel(picked, amount);
    }

    private void advance(int quantity, RequestedLine current) {
        takenFromLine += quantity;
        if (takenFromLine == current.getQuantity()) {
            line++;
            takenFromLine = 0;
        }
    }
}
