package io.orderstream.orderapi.merchant;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.limits.TextChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a merchant's fields, checked before anything is sent: every text present and non-blank where
 * required, free of control characters and within its bound, the country an ISO 3166-1 alpha-2 code, the IBAN's
 * check digits right, the fee 0 to {@value #MAX_FEE_BASIS_POINTS} basis points.
 */
public final class MerchantValidation {

    public static final int MAX_LEGAL_NAME_LENGTH = 200;
    public static final int MAX_ADDRESS_LINE_LENGTH = 200;
    public static final int MAX_POSTAL_CODE_LENGTH = 16;
    public static final int MAX_CITY_LENGTH = 100;
    public static final int MAX_HOLDER_LENGTH = 200;
    public static final int MAX_FEE_BASIS_POINTS = 10_000;

    private final boolean complete;
    private final List<FieldProblem> problems = new ArrayList<>();

    private MerchantValidation(boolean complete) {
        this.complete = complete;
    }

    /** A new merchant: every field but {@code address.line2} is required. */
    public static List<FieldProblem> ofNew(MerchantBody body) {
        return new MerchantValidation(true).check(body).problems;
    }

    /** A change: only the fields given are checked; an address or payout account given is checked whole. */
    public static List<FieldProblem> ofChanges(MerchantBody body) {
        return new MerchantValidation(false).check(body).problems;
    }

    private MerchantValidation check(MerchantBody body) {
        text(body.legalName(), "legalName", MAX_LEGAL_NAME_LENGTH, complete);
        country(body.country());
        address(body.address());
        payoutAccount(body.payoutAccount());
        fee(body.feeBasisPoints());
        return this;
    }

    private void country(String country) {
        if (present(country, "country", complete) && !Countries.isAlpha2(country)) {
            problem("country", FieldCode.COUNTRY_INVALID, "An ISO 3166-1 alpha-2 code in capitals, such as DE.");
        }
    }

    private void address(MerchantBody.AddressBody address) {
        if (address == null) {
            required(complete, "address");
            return;
        }
        text(address.line1(), "address.line1", MAX_ADDRESS_LINE_LENGTH, true);
        text(address.line2(), "address.line2", MAX_ADDRESS_LINE_LENGTH, false);
        text(address.postalCode(), "address.postalCode", MAX_POSTAL_CODE_LENGTH, true);
        text(address.city(), "address.city", MAX_CITY_LENGTH, true);
    }

    private void payoutAccount(MerchantBody.PayoutAccountBody account) {
        if (account == null) {
            required(complete, "payoutAccount");
            return;
        }
        text(account.holder(), "payoutAccount.holder", MAX_HOLDER_LENGTH, true);
        if (present(account.iban(), "payoutAccount.iban", true) && !Iban.isValid(Iban.normalized(account.iban()))) {
            problem("payoutAccount.iban", FieldCode.IBAN_INVALID,
                    "Not an IBAN: a country code, two check digits and 11 to 30 letters or digits, mod 97 = 1.");
        }
    }

    private void fee(Integer feeBasisPoints) {
        if (feeBasisPoints == null) {
            required(complete, "feeBasisPoints");
        } else if (feeBasisPoints < 0 || feeBasisPoints > MAX_FEE_BASIS_POINTS) {
            problem("feeBasisPoints", FieldCode.FEE_OUT_OF_RANGE,
                    "From 0 to " + MAX_FEE_BASIS_POINTS + " basis points (0 % to 100 %).");
        }
    }

    private void text(String value, String field, int maxLength, boolean required) {
        if (present(value, field, required) && value.length() > maxLength) {
            problem(field, FieldCode.TEXT_TOO_LONG, "At most " + maxLength + " characters.");
        }
    }

    /** Whether there is a value to check further: not null, not blank, no control character. */
    private boolean present(String value, String field, boolean required) {
        if (value == null) {
            required(required, field);
            return false;
        }
        if (value.isBlank()) {
            problem(field, FieldCode.REQUIRED, "This field must not be blank.");
            return false;
        }
        if (TextChecks.hasControlCharacter(value)) {
            problem(field, FieldCode.CONTROL_CHARACTER,
                    "Control characters (such as NUL or line breaks) are not allowed.");
            return false;
        }
        return true;
    }

    private void required(boolean required, String field) {
        if (required) {
            problem(field, FieldCode.REQUIRED, "This field is required.");
        }
    }

    private void problem(String field, FieldCode code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }
}
