package io.orderstream.orderapi.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.CommandLog.LoggedCommand;
import io.orderstream.orderapi.view.CommandStatusView;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import java.sql.SQLException;

/** {@code GET /commands/{id}}: where every 202 points; PENDING until the command's result came. */
final class CommandQueries {

    private final CommandLog commands;

    CommandQueries(CommandLog commands) {
        this.commands = commands;
    }

    void command(ServerRequest request, ServerResponse response) throws SQLException {
        String commandId = PathIds.commandId(request);
        LoggedCommand command = commands.find(commandId)
                .orElseThrow(() -> new ProblemException(OrderProblems.commandNotFound(commandId)));
        Json.send(response, Status.OK_200, view(command));
    }

    static CommandStatusView view(LoggedCommand command) {
        String commandId = command.ids().commandId();
        String orderId = command.ids().orderId();
        return switch (command.outcome()) {
            case ClientOutcome.Succeeded succeeded ->
                    new CommandStatusView(commandId, orderId, CommandStatusView.SUCCEEDED, succeeded.order(), null);
            case ClientOutcome.Failed failed ->
                    new CommandStatusView(commandId, orderId, CommandStatusView.FAILED, null, failed.problem());
            case ClientOutcome.Pending pending -> CommandStatusView.pending(commandId, orderId);
        };
    }
}
