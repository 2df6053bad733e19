package io.orderstream.orderapi.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.view.OrderView;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.orderapi.view.Reply;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.Problem;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommandRepliesTest {

    private static final CommandIds IDS = new CommandIds("command-1", "order-1");
    private static final OrderView ORDER = OrderViews.of(OrderStates.created("order-1").build());

    private static JsonNode body(Reply reply) throws IOException {
        return Json.MAPPER.readTree(reply.body());
    }

    @ParameterizedTest
    @EnumSource(value = CommandKind.class, names = {"CREATE_ORDER", "CREATE_ORDER_AND_PAY"})
    void a_created_order_is_201_with_its_location(CommandKind kind) throws IOException {
        Reply reply = CommandReplies.of(kind, IDS, new ClientOutcome.Succeeded(ORDER));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.location()).isEqualTo("/orders/order-1");
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(body(reply).get("id").asText()).isEqualTo("order-1");
    }

    @ParameterizedTest
    @EnumSource(value = CommandKind.class, names = {"APPLY_PAYMENT", "CANCEL_ORDER"})
    void a_changed_order_is_200_with_the_order(CommandKind kind) throws IOException {
        Reply reply = CommandReplies.of(kind, IDS, new ClientOutcome.Succeeded(ORDER));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.location()).isNull();
        assertThat(body(reply).get("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void a_refusal_is_its_problem() throws IOException {
        Problem problem = Problem.of(409, "invalid_state", "Invalid order state", "Not now.");

        Reply reply = CommandReplies.of(CommandKind.CANCEL_ORDER, IDS, new ClientOutcome.Failed(problem));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(body(reply).get("code").asText()).isEqualTo("invalid_state");
    }

    @ParameterizedTest
    @EnumSource(CommandKind.class)
    void an_outcome_not_known_yet_is_202_pointing_at_the_command(CommandKind kind) throws IOException {
        Reply reply = CommandReplies.of(kind, IDS, ClientOutcome.PENDING);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.location()).isEqualTo("/commands/command-1");
        JsonNode body = body(reply);
        assertThat(body.get("commandId").asText()).isEqualTo("command-1");
        assertThat(body.get("orderId").asText()).isEqualTo("order-1");
        assertThat(body.get("status").asText()).isEqualTo("PENDING");
        assertThat(body.has("order")).isFalse();
        assertThat(body.has("problem")).isFalse();
    }
}
