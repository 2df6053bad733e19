package io.orderstream.orderapi.view;

import io.helidon.http.HeaderValues;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.Problem;
import java.nio.charset.StandardCharsets;

/**
 * A complete answer to a POST, as sent and as kept for its Idempotency-Key: status, optional
 * Location, content type and the JSON body.
 */
public record Reply(int status, String location, String contentType, String body) {

    public static Reply json(int status, String location, Object body) {
        return new Reply(status, location, HeaderValues.CONTENT_TYPE_JSON.get(), text(body));
    }

    public static Reply problem(Problem problem) {
        return new Reply(problem.status(), null, Problem.MEDIA_TYPE, text(problem));
    }

    private static String text(Object body) {
        return new String(Json.write(body), StandardCharsets.UTF_8);
    }
}
