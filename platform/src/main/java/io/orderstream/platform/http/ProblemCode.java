package io.orderstream.platform.http;

import io.orderstream.platform.codes.RejectionCode;

/**
 * The problems the platform answers itself, for every service: a request it cannot read, a route that does not
 * exist, a failure of the server. A service's own codes come on top (order-api lists them all in its README).
 */
public enum ProblemCode implements ProblemKind {
    /** A POST without the body it needs (or {@code null}). */
    MISSING_BODY(400, "Bad request"),
    /** A body that is not one JSON document in UTF-8: bad syntax, bytes that are not UTF-8, lone surrogates, trailing content. */
    MALFORMED_JSON(400, "Bad request"),
    /** A JSON value of the wrong type, or a field that is not allowed. */
    INVALID_JSON_TYPE(400, "Bad request"),
    /** Query parameters that cannot be read (bad percent-encoding) or are not valid. */
    INVALID_QUERY(400, "Bad request"),
    /** A request the server could not read at all (request line, headers). */
    BAD_REQUEST(400, "Bad request"),
    /** No route serves this path, or not with this method (Helidon answers both alike). */
    NOT_FOUND(404, "Not found"),
    /** A body over the server's limit. */
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    /** A body whose Content-Type is missing, empty or not {@code application/json} (UTF-8). */
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    /** Values out of their bounds, each named in {@code errors[]}: the processor's own refusal, declared there. */
    VALIDATION_FAILED(RejectionCode.VALIDATION_FAILED.status().orElseThrow(), RejectionCode.VALIDATION_FAILED.title()),
    /** A bug: the server failed; it has been logged. */
    INTERNAL_ERROR(500, "Internal error"),
    /** A dependency (Kafka, the database) cannot be reached; retry. */
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
