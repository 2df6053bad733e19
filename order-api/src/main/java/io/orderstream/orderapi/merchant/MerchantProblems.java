package io.orderstream.orderapi.merchant;

import io.orderstream.orderapi.command.OrderApiCode;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemCode;
import java.util.List;

/** The problems of the merchant endpoints and of API keys, each with its stable code. */
public final class MerchantProblems {

    private MerchantProblems() {
    }

    public static Problem adminTokenRequired() {
        return OrderApiCode.ADMIN_TOKEN_REQUIRED.problem(
                "This endpoint needs the operator's token: Authorization: Bearer <ORDERSTREAM_ADMIN_TOKEN>.");
    }

    public static Problem invalidApiKey() {
        return OrderApiCode.INVALID_API_KEY.problem(
                "The Authorization header holds no current API key (send none to act as the platform's own shop).");
    }

    /** Also another merchant's: ids leak nothing. */
    public static Problem merchantNotFound(String merchantId) {
        return OrderApiCode.MERCHANT_NOT_FOUND.problem("There is no merchant " + merchantId + ".");
    }

    static Problem invalidFields(List<FieldProblem> problems) {
        return ProblemCode.VALIDATION_FAILED.problem("Fields are missing or not valid.").withErrors(problems);
    }

    /** The change went to Kafka but the read model did not show it in time: it may still apply. */
    static Problem notYetApplied(String merchantId, long version) {
        return ProblemCode.SERVICE_UNAVAILABLE.problem("The change of merchant " + merchantId + " (version " + version
                + ") was sent but is not applied yet; it may still apply. Read the merchant before trying again.");
    }

    static Problem notSent(String merchantId) {
        return ProblemCode.SERVICE_UNAVAILABLE.problem(
                "The change of merchant " + merchantId + " could not be sent (or its sending not confirmed); read the merchant, then retry.");
    }

    static Problem busy(String merchantId) {
        return ProblemCode.SERVICE_UNAVAILABLE.problem(
                "Merchant " + merchantId + " is being changed by another request; retry.");
    }
}
