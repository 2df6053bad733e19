package io.orderstream.billing.domain;

import io.orderstream.platform.codes.FieldCode;

/** One field of a customer or invoice that breaks a rule: its JSON name, the rule's code and a sentence for people. */
public record FieldViolation(String field, FieldCode code, String message) {
}
