package io.orderstream.platform.kafka;

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

/** Every topic of Orderstream, typed. Topics are keyed by the aggregate they concern. */
public final class TopicCatalog {

    public static final Topic<OrderCommand> ORDER_COMMANDS = Topic.log("orders.commands", OrderCommand.class);
    public static final Topic<OrderEvent> ORDER_EVENTS = Topic.log("orders.events", OrderEvent.class);
    public static final Topic<OrderState> ORDER_STATE = Topic.compacted("orders.state", OrderState.class);
    public static final Topic<CommandResult> ORDER_COMMAND_RESULTS =
            Topic.log("orders.command-results", CommandResult.class);
    public static final Topic<FulfillmentRequest> FULFILLMENT_REQUESTS =
            Topic.log("fulfillment.requests", FulfillmentRequest.class);
    public static final Topic<FulfillmentResult> FULFILLMENT_RESULTS =
            Topic.log("fulfillment.results", FulfillmentResult.class);
    public static final Topic<PaymentRequest> PAYMENT_REQUESTS = Topic.log("payments.requests", PaymentRequest.class);
    public static final Topic<PaymentResult> PAYMENT_RESULTS = Topic.log("payments.results", PaymentResult.class);
    /** Payouts to merchants, apart from charges so that a billing run's million charges never delay them. */
    public static final Topic<PaymentRequest> PAYOUT_REQUESTS = Topic.log("payouts.requests", PaymentRequest.class);
    public static final Topic<Merchant> MERCHANTS = Topic.compacted("merchants", Merchant.class);

    public static final List<Topic<?>> ALL = List.of(
            ORDER_COMMANDS, ORDER_EVENTS, ORDER_STATE, ORDER_COMMAND_RESULTS,
            FULFILLMENT_REQUESTS, FULFILLMENT_RESULTS, PAYMENT_REQUESTS, PAYMENT_RESULTS, PAYOUT_REQUESTS, MERCHANTS);

    private TopicCatalog() {
    }
}
