package io.orderstream.orderapi.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderstream.platform.http.Problem;

/**
 * A command as {@code GET /commands/{id}} and every {@code 202} answer show it: PENDING until its
 * result arrives, then SUCCEEDED with the order or FAILED with the problem the request would have got.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandStatusView(String commandId, String orderId, String status, OrderView order, Problem problem) {

    public static final String PENDING = "PENDING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    public static CommandStatusView pending(String commandId, String orderId) {
        return new CommandStatusView(commandId, orderId, PENDING, null, null);
    }
}
