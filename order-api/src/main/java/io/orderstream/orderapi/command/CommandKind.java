package io.orderstream.orderapi.command;

import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CancelRemainder;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.RecordShipment;

/** The commands the API sends; the name tags metrics and the command log. */
public enum CommandKind {

    CREATE_ORDER("CreateOrder"),
    /** A create with {@code payNow}: its result comes only once the charge is settled. */
    CREATE_ORDER_AND_PAY("CreateOrderAndPay"),
    APPLY_PAYMENT("ApplyPayment"),
    CANCEL_ORDER("CancelOrder"),
    /** A merchant's shipment notice. */
    RECORD_SHIPMENT("RecordShipment"),
    CANCEL_REMAINDER("CancelRemainder");

    private final String displayName;

    CommandKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean createsOrder() {
        return this == CREATE_ORDER || this == CREATE_ORDER_AND_PAY;
    }

    public static CommandKind of(OrderCommand command) {
        return ofPayload(command.getPayload());
    }

    /** @param payload the command inside the envelope: CreateOrder, ApplyPayment, CancelOrder, RecordShipment or CancelRemainder */
    public static CommandKind ofPayload(Object payload) {
        return switch (payload) {
            case CreateOrder create -> create.getPayNow() ? CREATE_ORDER_AND_PAY : CREATE_ORDER;
            case ApplyPayment ignored -> APPLY_PAYMENT;
            case CancelOrder ignored -> CANCEL_ORDER;
            case RecordShipment ignored -> RECORD_SHIPMENT;
            case CancelRemainder ignored -> CANCEL_REMAINDER;
            default -> throw new IllegalArgumentException("the API sends no " + payload.getClass().getSimpleName());
        };
    }
}
