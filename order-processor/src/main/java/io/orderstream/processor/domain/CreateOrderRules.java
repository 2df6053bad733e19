package io.orderstream.processor.domain;

import static io.orderstream.platform.limits.OrderLimits.MAX_EMAIL_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_ID_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_LINES;
import static io.orderstream.platform.limits.OrderLimits.MAX_NAME_LENGTH;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.processor.domain.Command.CreateOrder;
import io.orderstream.processor.domain.Decision.FieldError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a basket acceptable. Every broken rule is reported with its field, not only the first. */
final class CreateOrderRules {

    static final int MAX_QUANTITY = 1_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private CreateOrderRules() {
    }

    static List<FieldError> check(CreateOrder command, OrderPolicy policy) {
        List<FieldError> errors = new ArrayList<>();
        checkEmail(command.customerEmail(), errors);
        Currency currency = currency(command.currency(), errors);
        checkLines(command.lines(), errors);
        checkTerms(command, errors);
        if (currency != null && errors.isEmpty()) {
            checkTotal(command.lines(), currency, policy, errors);
        }
        return errors;
    }

    /** A merchant's order has a bounded merchant id and a fee of 0..10,000 bps; only it may be paid later, never now. */
    private static void checkTerms(CreateOrder command, List<FieldError> errors) {
        FieldRules.optionalText("merchantId", command.merchantId(), MAX_ID_LENGTH, FieldCode.OUT_OF_RANGE, errors);
        if (command.feeBasisPoints() < 0 || command.feeBasisPoints() > OrderTerms.MAX_FEE_BASIS_POINTS) {
            errors.add(new FieldError("merchantFeeBasisPoints", FieldCode.OUT_OF_RANGE,
                    "The merchant's fee is 0 to " + OrderTerms.MAX_FEE_BASIS_POINTS + " basis points."));
        }
        if (command.paymentTerms() == PaymentTerms.INVOICE && (command.merchantId() == null || command.payNow())) {
            errors.add(new FieldError("paymentTerms", FieldCode.OUT_OF_RANGE,
                    "INVOICE (pay later) is only for a merchant's order and never with payNow."));
        }
    }

    private static void checkEmail(String email, List<FieldError> errors) {
        if (!FieldRules.isValidRequired(email, MAX_EMAIL_LENGTH) || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("customerEmail", FieldRules.textCode(email, FieldCode.EMAIL_INVALID),
                    "A valid e-mail address is required."));
        }
    }

    private static Currency currency(String code, List<FieldError> errors) {
        Currency currency = Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getCurrencyCode().equals(code) && c.getDefaultFractionDigits() >= 0)
                .findFirst().orElse(null);
        if (currency == null) {
            errors.add(new FieldError("currency", FieldCode.CURRENCY_UNSUPPORTED,
                    "The currency must be a supported ISO-4217 code such as EUR."));
        }
        return currency;
    }

    private static void checkLines(List<LineItem> lines, List<FieldError> errors) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", FieldCode.LINES_COUNT_OUT_OF_RANGE,
                    "An order has 1 to " + MAX_LINES + " lines."));
            if (!lines.isEmpty()) {
                return; // too many: no point in naming each line's mistakes
            }
        }
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            String path = "lines[" + i + "]";
            checkLine(path, line, errors);
            if (line.sku() != null && !line.sku().isBlank() && !skus.add(line.sku())) {
                errors.add(new FieldError(path + ".sku", FieldCode.SKU_DUPLICATE,
                        "SKU " + line.sku() + " is on another line."));
            }
        }
    }

    private static void checkLine(String path, LineItem line, List<FieldError> errors) {
        FieldRules.checkSku(path + ".sku", line.sku(), errors);
        if (!FieldRules.isValidRequired(line.name(), MAX_NAME_LENGTH)) {
            errors.add(new FieldError(path + ".name", FieldRules.textCode(line.name(), FieldCode.NAME_INVALID),
                    "The name must not be blank, has at most " + MAX_NAME_LENGTH
                            + " characters and no control characters."));
        }
        if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
            errors.add(new FieldError(path + ".quantity", FieldCode.QUANTITY_OUT_OF_RANGE,
                    "The quantity is 1 to " + MAX_QUANTITY + "."));
        }
        if (line.unitPrice() <= 0) {
            errors.add(new FieldError(path + ".unitPrice", FieldCode.UNIT_PRICE_NOT_POSITIVE,
                    "The unit price must be positive (in minor units)."));
        }
    }

    /** Computed in BigInteger: a huge unit price times the quantity must be refused, not overflow. */
    private static void checkTotal(List<LineItem> lines, Currency currency, OrderPolicy policy,
                                   List<FieldError> errors) {
        BigInteger total = lines.stream()
                .map(l -> BigInteger.valueOf(l.unitPrice()).multiply(BigInteger.valueOf(l.quantity())))
                .reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger max = BigInteger.valueOf(policy.maxTotalMajorUnits())
                .multiply(BigInteger.TEN.pow(currency.getDefaultFractionDigits()));
        if (total.compareTo(max) > 0) {
            errors.add(new FieldError("lines", FieldCode.TOTAL_EXCEEDS_MAXIMUM,
                    "The order total may be at most " + policy.maxTotalMajorUnits() + " " + currency.getCurrencyCode()
                            + "."));
        }
    }
}
