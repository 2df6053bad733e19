package io.orderstream.paymentprovider.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which customers exist and what they can pay in, decided from the customer id alone so that
 * tests and demos need no set-up:
 * <ul>
 *   <li>an id starting with {@code missing-} does not exist;</li>
 *   <li>an id ending with {@code :<ISO code>} (e.g. {@code cust-1:USD}) pays only in that currency;</li>
 *   <li>every other id exists and pays in any currency.</li>
 * </ul>
 */
public final class Customers {

    static final String MISSING_PREFIX = "missing-";
    private static final Pattern FIXED_CURRENCY = Pattern.compile(".*:([A-Z]{3})");

    public Optional<Refusal> refusal(ChargeRequest request) {
        if (request.customerId().startsWith(MISSING_PREFIX)) {
            return Optional.of(Refusal.CUSTOMER_NOT_FOUND);
        }
        return fixedCurrency(request.customerId())
                .filter(currency -> !currency.equals(request.currency()))
                .map(currency -> Refusal.CURRENCY_MISMATCH);
    }

    private static Optional<String> fixedCurrency(String customerId) {
        var matcher = FIXED_CURRENCY.matcher(customerId);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
