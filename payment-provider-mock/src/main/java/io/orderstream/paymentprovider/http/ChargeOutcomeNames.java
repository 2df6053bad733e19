package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.ChargeOutcome;
import io.orderstream.paymentprovider.domain.GatewayReply;
import io.orderstream.paymentprovider.domain.NetworkFault;
import io.orderstream.paymentprovider.domain.RefundOutcome;
import java.util.Locale;
import java.util.function.Function;

/** The stable lower-case names of outcomes, as used in error codes and metric tags. */
final class ChargeOutcomeNames {

    static final String KEY_REUSED = "idempotency_key_reused";
    static final String SUCCEEDED = "succeeded";

    private ChargeOutcomeNames() {
    }

    /** The name of a reply, the name of an answered outcome given by {@code outcomeName}. */
    static <O> String of(GatewayReply<O> reply, Function<O, String> outcomeName) {
        return switch (reply) {
            case GatewayReply.Answered<O> answered -> outcomeName.apply(answered.outcome());
            case GatewayReply.KeyReused<O> keyReused -> KEY_REUSED;
            case GatewayReply.ConnectionDropped<O> dropped -> of(dropped.fault());
        };
    }

    static String of(ChargeOutcome outcome) {
        return switch (outcome) {
            case ChargeOutcome.Charged charged -> lowerCase(charged.charge().status().name());
            case ChargeOutcome.Refused refused -> lowerCase(refused.refusal().name());
        };
    }

    static String of(RefundOutcome outcome) {
        return switch (outcome) {
            case RefundOutcome.Refunded refunded -> SUCCEEDED;
            case RefundOutcome.Refused refused -> lowerCase(refused.refusal().name());
        };
    }

    static String of(Enum<?> refusalOrFault) {
        return lowerCase(refusalOrFault.name());
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
