package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.Charge;
import java.util.List;

/** {@code GET /v1/charges?reference=}: the charges made for one reference, oldest first. */
public record ChargeListView(List<ChargeView> charges) {

    static ChargeListView of(List<Charge> charges) {
        return new ChargeListView(charges.stream().map(ChargeView::of).toList());
    }
}
