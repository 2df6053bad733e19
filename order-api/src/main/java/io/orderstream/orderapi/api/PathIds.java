package io.orderstream.orderapi.api;

import io.orderstream.orderapi.command.RejectionProblems;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.limits.TextChecks;
import io.helidon.webserver.http.ServerRequest;

/**
 * The {@code {id}} of a path. Orders and commands have ids of the id shape only (UUIDs), so any other text (a NUL,
 * a control character, something too long) names nothing: a 404 at once, and the database never sees it.
 */
final class PathIds {

    private PathIds() {
    }

    static String orderId(ServerRequest request) {
        String id = request.path().pathParameters().get("id");
        if (!TextChecks.isId(id)) {
            throw new ProblemException(RejectionProblems.orderNotFound("with this id"));
        }
        return id;
    }

    static String commandId(ServerRequest request) {
        String id = request.path().pathParameters().get("id");
        if (!TextChecks.isId(id)) {
            throw new ProblemException(OrderProblems.commandNotFound("with this id"));
        }
        return id;
    }
}
