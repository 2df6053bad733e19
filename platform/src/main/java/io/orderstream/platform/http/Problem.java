package io.orderstream.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderstream.platform.codes.FieldCode;
import java.util.List;

/**
 * An RFC 9457 problem: what went wrong, for a client, with a stable machine-readable {@code code}.
 * Never carries a stack trace.
 *
 * @param instance the occurrence the problem is about, such as the order a payment was declined for; may be null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, String instance,
                      List<FieldProblem> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request: its JSON path and why it is invalid. */
    public record FieldProblem(String field, String code, String message) {

        public FieldProblem(String field, FieldCode code, String message) {
            this(field, code.code(), message);
        }
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(typeOf(code), title, status, detail, code, null, List.of());
    }

    public Problem withErrors(List<FieldProblem> fieldProblems) {
        return new Problem(type, title, status, detail, code, instance, fieldProblems);
    }

    public Problem withInstance(String occurrence) {
        return new Problem(type, title, status, detail, code, occurrence, errors);
    }

    private static String typeOf(String code) {
        return "https://orderstream.io/problems/" + code.replace('_', '-');
    }

    public static Problem notFound(String detail) {
        return ProblemCode.NOT_FOUND.problem(detail);
    }

    public static Problem badRequest(String code, String detail) {
        return of(400, code, "Bad request", detail);
    }

    public static Problem internalError() {
        return ProblemCode.INTERNAL_ERROR.problem("The server failed to handle the request; it has been logged.");
    }
}
