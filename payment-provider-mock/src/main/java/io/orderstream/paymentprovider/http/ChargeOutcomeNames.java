package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.ChargeOutcome;
import io.orderstream.paymentprovider.domain.ChargeReply;
import io.orderstream.paymentprovider.domain.NetworkFault;
import io.orderstream.paymentprovider.domain.Refusal;
import java.util.Locale;

/** The stable lower-case names of outcomes, as used in error codes and metric tags. */
final class ChargeOutcomeNames {

    static final String KEY_REUSED = "idempotency_key_reused";

    private ChargeOutcomeNames() {
    }

    static String of(ChargeReply reply) {
        return switch (reply) {
            case ChargeReply.Answered answered -> of(answered.outcome());
            case ChargeReply.KeyReused keyReused -> KEY_REUSED;
            case ChargeReply.ConnectionDropped dropped -> of(dropped.fault());
        };
    }

    static String of(ChargeOutcome outcome) {
        return switch (outcome) {
            case ChargeOutcome.Charged charged -> lowerCase(charged.charge().status().name());
            case ChargeOutcome.Refused refused -> of(refused.refusal());
        };
    }

    static String of(Refusal refusal) {
        return lowerCase(refusal.name());
    }

    static String of(NetworkFault fault) {
        return lowerCase(fault.name());
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
