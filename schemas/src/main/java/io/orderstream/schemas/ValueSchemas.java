package io.orderstream.schemas;

import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.merchant.Merchant;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.util.List;
import org.apache.avro.Schema;

/** The value schema of every topic: one envelope per topic, each kept backward compatible. */
public final class ValueSchemas {

    public static final List<Schema> ALL = List.of(
            OrderCommand.getClassSchema(),
            OrderEvent.getClassSchema(),
            OrderState.getClassSchema(),
            CommandResult.getClassSchema(),
            FulfillmentRequest.getClassSchema(),
            FulfillmentResult.getClassSchema(),
            PaymentRequest.getClassSchema(),
            PaymentResult.getClassSchema(),
            Merchant.getClassSchema());

    private ValueSchemas() {
    }
}
