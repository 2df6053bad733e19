package io.orderstream.orderapi.archfixture;

import io.orderstream.platform.http.Problem;

/** order-api code answering a code written out instead of one of the catalogue: what the codes rule forbids. */
public final class HandWrittenProblem {

    public Problem refuse() {
        return Problem.of(409, "some_code", "Some code", "written out, so nobody documents it");
    }
}
