package io.orderstream.archfixture.domain;

import io.orderstream.platform.codes.RejectionCode;

/** A domain class refusing with the shared catalogue of codes: what the domain rule allows. */
public final class CataloguedDecision {

    public String refuse() {
        return RejectionCode.INVALID_STATE.code();
    }
}
