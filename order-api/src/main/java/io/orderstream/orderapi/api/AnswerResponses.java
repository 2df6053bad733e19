package io.orderstream.orderapi.api;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.execution.Answer;
import io.orderstream.orderapi.view.Reply;
import java.nio.charset.StandardCharsets;

/** Sends a POST's answer; a kept answer replayed for a repeated Idempotency-Key says so in a header. */
final class AnswerResponses {

    static final HeaderName REPLAYED = HeaderNames.create("Idempotent-Replayed");

    private AnswerResponses() {
    }

    static void send(ServerResponse response, Answer answer) {
        Reply reply = answer.reply();
        response.status(Status.create(reply.status()));
        if (reply.location() != null) {
            response.header(HeaderNames.LOCATION, reply.location());
        }
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        response.header(HeaderNames.CONTENT_TYPE, reply.contentType());
        response.send(reply.body().getBytes(StandardCharsets.UTF_8));
    }
}
