package io.orderstream.processor.domain;

import static io.orderstream.processor.domain.OrderFixtures.basketOf5000;
import static io.orderstream.processor.domain.OrderFixtures.given;

import io.orderstream.processor.domain.Command.ApplyPayment;
import io.orderstream.processor.domain.Command.CancelRemainder;
import io.orderstream.processor.domain.Command.CreateOrder;
import io.orderstream.processor.domain.Command.RecordShipment;
import io.orderstream.processor.domain.RecordedShipment.ShippedLine;
import java.util.List;

/** Merchants' orders (of merchant {@value #MERCHANT}, fee 250 bps) in every state, built through the decider. */
final class MerchantFixtures {

    static final String MERCHANT = "m-1";
    static final String OTHER_MERCHANT = "m-2";
    static final int FEE_BPS = 250;

    private MerchantFixtures() {
    }

    /** The 5,000 basket (SKU-1: 2 × 1,250, SKU-2: 1 × 2,500) of the merchant, to be paid later. */
    static CreateOrder payLater5000() {
        var basket = basketOf5000();
        return new CreateOrder("c-1", "a@b.com", "EUR", basket.lines(), false, MERCHANT, FEE_BPS,
                PaymentTerms.INVOICE);
    }

    /** The same basket of the merchant, paid before shipping. */
    static CreateOrder prepaid5000() {
        var basket = basketOf5000();
        return new CreateOrder("c-1", "a@b.com", "EUR", basket.lines(), false, MERCHANT, FEE_BPS,
                PaymentTerms.PREPAID);
    }

    static RecordShipment notice(String shipmentId, long amount) {
        return notice(shipmentId, amount, List.of());
    }

    static RecordShipment notice(String shipmentId, long amount, List<ShippedLine> lines) {
        return new RecordShipment("ship-" + shipmentId, shipmentId, amount, lines, null, null, MERCHANT);
    }

    static ApplyPayment payment(String paymentId, long amount) {
        return new ApplyPayment("pay-" + paymentId, paymentId, amount, MERCHANT);
    }

    static CancelRemainder cancelRemainder() {
        return new CancelRemainder("cr-1", "out of stock", MERCHANT);
    }

    static Order payLaterCreated() {
        return given(payLater5000());
    }

    /** Pay-later, 2,000 of 5,000 shipped (invoice order-1-1). */
    static Order payLaterPartlyShipped() {
        return given(payLater5000(), notice("s-1", 2000));
    }

    /** Prepaid, paid in full: IN_FULFILLMENT with the warehouse asked. */
    static Order prepaidPaid() {
        return given(prepaid5000(), payment("p-1", 5000));
    }
}
