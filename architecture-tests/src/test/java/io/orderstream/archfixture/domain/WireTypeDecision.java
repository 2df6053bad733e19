package io.orderstream.archfixture.domain;

import io.orderstream.schemas.fulfillment.FulfillmentResult;

/** A domain class that answers with a generated wire type: what the domain rule forbids. */
public final class WireTypeDecision {

    public String statusOf(FulfillmentResult result) {
        return result.getStatus().name();
    }
}
