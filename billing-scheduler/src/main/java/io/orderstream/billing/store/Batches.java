package io.orderstream.billing.store;

import java.sql.Statement;
import java.util.Arrays;

/** What a batch of inserts did. */
final class Batches {

    private Batches() {
    }

    /** Rows inserted by a batch of single-row inserts; a driver that cannot tell counts the statement as one. */
    static int inserted(int[] counts) {
        return Arrays.stream(counts).map(count -> count == Statement.SUCCESS_NO_INFO ? 1 : count).sum();
    }
}
