package io.orderstream.fulfillment.warehouse;

import java.util.List;
import java.util.SplittableRandom;

/** Why the warehouse did not ship an order, as reported in a FAILED result. */
public enum FailureReason {
    OUT_OF_STOCK("out_of_stock"),
    WAREHOUSE_CLOSED("warehouse_closed"),
    ADDRESS_UNREACHABLE("address_unreachable"),
    /** Not drawn at random: the request itself makes no sense (no lines, or lines that do not add up to its total). */
    INVALID_REQUEST("invalid_request");

    private static final List<FailureReason> BAD_LUCK = List.of(OUT_OF_STOCK, WAREHOUSE_CLOSED, ADDRESS_UNREACHABLE);

    private final String code;

    FailureReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static FailureReason drawn(SplittableRandom random) {
        return BAD_LUCK.get(random.nextInt(BAD_LUCK.size()));
    }
}
