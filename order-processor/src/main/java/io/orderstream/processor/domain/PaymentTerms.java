package io.orderstream.processor.domain;

/** How the buyer pays: before shipping (the platform's original flow), or later by invoice for what shipped. */
public enum PaymentTerms { PREPAID, INVOICE }
