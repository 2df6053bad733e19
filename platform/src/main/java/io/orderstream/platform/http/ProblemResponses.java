package io.orderstream.platform.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.util.Locale;

/** Every error a client sees is problem+json: handlers' problems, unexpected failures and the server's own. */
public final class ProblemResponses {

    private static final System.Logger LOG = System.getLogger(ProblemResponses.class.getName());

    private ProblemResponses() {
    }

    public static void send(ServerResponse response, Problem problem) {
        response.status(Status.create(problem.status()));
        response.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.send(Json.write(problem));
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, (req, res, e) -> send(res, e.problem()));
        // Helidon's own client errors, such as a path or method no route serves (404)
        routing.error(HttpException.class, (req, res, e) -> {
            if (e.status().family() == Status.Family.SERVER_ERROR) {
                LOG.log(Level.ERROR, "failure on " + req.prologue().method() + " " + req.path().path(), e);
                send(res, Problem.internalError());
            } else {
                send(res, clientError(e.status()));
            }
        });
        routing.error(Throwable.class, (req, res, e) -> {
            LOG.log(Level.ERROR, "unhandled failure on " + req.prologue().method() + " " + req.path().path(), e);
            send(res, Problem.internalError());
        });
    }

    private static Problem clientError(Status status) {
        String reason = status.reasonPhrase();
        return Problem.of(status.code(), reason.toLowerCase(Locale.ROOT).replace(' ', '_'), reason, reason + ".");
    }

    /** The server's own errors, raised before routing (unparseable request, body over the limit). */
    public static DirectHandlers directHandlers() {
        DirectHandler handler = (request, type, status, headers, message) -> direct(status.code() == 413
                ? Problem.of(413, "payload_too_large", "Payload too large",
                        "The request body is larger than the server accepts.")
                : Problem.badRequest("bad_request", "The request could not be read."));
        return DirectHandlers.builder()
                .addHandler(DirectHandler.EventType.BAD_REQUEST, handler)
                .addHandler(DirectHandler.EventType.PAYLOAD_TOO_LARGE, handler)
                .build();
    }

    private static DirectHandler.TransportResponse direct(Problem problem) {
        return DirectHandler.TransportResponse.builder()
                .status(Status.create(problem.status()))
                .header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .entity(Json.write(problem))
                .build();
    }
}
