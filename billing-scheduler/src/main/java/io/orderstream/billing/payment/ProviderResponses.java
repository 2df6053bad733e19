package io.orderstream.billing.payment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.orderstream.platform.http.Json;
import io.orderstream.schemas.payment.PaymentKind;

/**
 * Reads the provider's HTTP answers: a call's status and body, and the ledger of a reference. A charge, payout and
 * refund answer alike but for the id's field ({@code chargeId}, {@code payoutId}, {@code refundId}) and the ledger's
 * list ({@code charges}, {@code payouts}, {@code refunds}); a payout or refund is never declined.
 */
final class ProviderResponses {

    static final String DEFAULT_DECLINE_CODE = "declined";
    private static final int MAX_DETAIL = 200;

    private ProviderResponses() {
    }

    /** The path of a call of that kind: {@code /v1/charges}, {@code /v1/payouts} or {@code /v1/refunds}. */
    static String path(PaymentKind kind) {
        return "/v1/" + list(kind);
    }

    static ChargeOutcome charge(int status, String body) {
        return answer(PaymentKind.CHARGE, status, body);
    }

    static ChargeOutcome answer(PaymentKind kind, int status, String body) {
        JsonNode json = parse(body);
        String idField = idField(kind);
        return switch (status) {
            case 201 -> new ChargeOutcome.Captured(text(json, idField));
            case 402 -> new ChargeOutcome.Declined(textOr(json, "code", DEFAULT_DECLINE_CODE), text(json, idField));
            case 404, 422 -> new ChargeOutcome.Rejected(textOr(json, "code", "http_" + status), text(json, "detail"));
            case 408 -> new ChargeOutcome.Unanswered("timeout", describe(status, json, body));
            case 429 -> new ChargeOutcome.Unanswered("rate_limited", describe(status, json, body));
            default -> status >= 500
                    ? new ChargeOutcome.Unanswered("server_error", describe(status, json, body))
                    : new ChargeOutcome.Malformed(describe(status, json, body));
        };
    }

    static LedgerLookup ledger(int status, String body, String idempotencyKey) {
        return ledger(PaymentKind.CHARGE, status, body, idempotencyKey);
    }

    /** What {@code GET /v1/charges?reference=} (payouts, refunds) answered about the call under {@code idempotencyKey}. */
    static LedgerLookup ledger(PaymentKind kind, int status, String body, String idempotencyKey) {
        JsonNode charges = parse(body).path(list(kind));
        if (status != 200 || !charges.isArray()) {
            return new LedgerLookup.Unreadable("HTTP " + status + ": " + abbreviate(body));
        }
        for (JsonNode charge : charges) {
            if (idempotencyKey.equals(text(charge, "idempotencyKey"))) {
                return found(charge, idField(kind));
            }
        }
        return new LedgerLookup.NotFound();
    }

    private static String list(PaymentKind kind) {
        return switch (kind) {
            case CHARGE -> "charges";
            case PAYOUT -> "payouts";
            case REFUND -> "refunds";
        };
    }

    private static String idField(PaymentKind kind) {
        return switch (kind) {
            case CHARGE -> "chargeId";
            case PAYOUT -> "payoutId";
            case REFUND -> "refundId";
        };
    }

    private static LedgerLookup found(JsonNode charge, String idField) {
        String chargeId = text(charge, idField);
        return switch (textOr(charge, "status", "")) {
            case "succeeded" -> new LedgerLookup.Found(new ChargeOutcome.Captured(chargeId));
            case "declined" -> new LedgerLookup.Found(
                    new ChargeOutcome.Declined(textOr(charge, "code", DEFAULT_DECLINE_CODE), chargeId));
            default -> new LedgerLookup.Unreadable("charge " + chargeId + " has an unknown status: " + charge);
        };
    }

    private static String describe(int status, JsonNode json, String body) {
        String code = text(json, "code");
        return "HTTP " + status + (code != null ? " " + code : "") + ": " + textOr(json, "detail", abbreviate(body));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String textOr(JsonNode json, String field, String fallback) {
        String value = text(json, field);
        return value != null ? value : fallback;
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }
}
