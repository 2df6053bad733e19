package io.orderstream.platform.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;

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

    /** Helidon's own refusals, each as the catalogue's code of its status; an unexpected status is a 400. */
    static Problem clientError(Status status) {
        return switch (status.code()) {
            case 404, 405 -> ProblemCode.NOT_FOUND.problem("No resource at this path takes this method.");
            case 413 -> tooLarge();
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE.problem("Send the body as Content-Type: application/json.");
            default -> unreadable();
        };
    }

    private static Problem tooLarge() {
        return ProblemCode.PAYLOAD_TOO_LARGE.problem("The request body is larger than the server accepts.");
    }

    private static Problem unreadable() {
        return ProblemCode.BAD_REQUEST.problem("The request could not be read.");
    }

    /**
     * The server's own errors, raised before routing (an unparseable request line or header, a body over the
     * limit): problem+json too, whatever the event.
     */
    public static DirectHandlers directHandlers() {
        DirectHandler handler = (request, type, status, headers, message) -> direct(switch (status.family()) {
            case SERVER_ERROR -> Problem.internalError();
            default -> status.code() == 413 ? tooLarge() : unreadable();
        });
        var handlers = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            handlers.addHandler(type, handler);
        }
        return handlers.build();
    }

    private static DirectHandler.TransportResponse direct(Problem problem) {
        return DirectHandler.TransportResponse.builder()
                .status(Status.create(problem.status()))
                .header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .entity(Json.write(problem))
                .build();
    }
}
