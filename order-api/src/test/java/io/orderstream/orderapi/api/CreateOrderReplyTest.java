package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.FieldError;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateOrderReplyTest {

    private static final OrderState ORDER = OrderStates.created("order-1").build();

    private static CommandResult.Builder result(CommandOutcome outcome) {
        return CommandResult.newBuilder()
                .setCommandId("command-1")
                .setOrderId("order-1")
                .setOutcome(outcome)
                .setProcessedAt(Instant.now());
    }

    @Test
    void an_accepted_create_is_created_with_the_order_of_the_result() {
        var reply = CreateOrderReply.of("order-1", Optional.of(result(CommandOutcome.ACCEPTED).setOrder(ORDER).build()),
                false);

        assertThat(reply).isEqualTo(new CreateOrderReply.Created(OrderViews.of(ORDER)));
    }

    @Test
    void no_result_in_time_is_pending() {
        assertThat(CreateOrderReply.of("order-1", Optional.empty(), false))
                .isEqualTo(new CreateOrderReply.Pending("order-1"));
    }

    @Test
    void an_order_waiting_for_its_payment_is_pending_not_shown() {
        OrderState pendingPayment = OrderStates.at("order-1", 1, OrderStatus.PENDING_PAYMENT);

        var reply = CreateOrderReply.of("order-1",
                Optional.of(result(CommandOutcome.ACCEPTED).setOrder(pendingPayment).build()), false);

        assertThat(reply).isEqualTo(new CreateOrderReply.Pending("order-1"));
    }

    @Test
    void a_rejection_is_refused_with_its_code_message_and_field_errors() {
        CommandResult rejected = result(CommandOutcome.REJECTED)
                .setErrorCode("validation_failed")
                .setErrorMessage("The order is not valid.")
                .setFieldErrors(List.of(new FieldError("customerEmail", "email_invalid", "A valid e-mail address is required.")))
                .build();

        var reply = CreateOrderReply.of("order-1", Optional.of(rejected), false);

        Problem problem = ((CreateOrderReply.Refused) reply).problem();
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("validation_failed");
        assertThat(problem.title()).as("the same title as the API's own validation").isEqualTo("Invalid order");
        assertThat(problem.detail()).isEqualTo("The order is not valid.");
        assertThat(problem.errors()).containsExactly(
                new FieldProblem("customerEmail", "email_invalid", "A valid e-mail address is required."));
    }

    @Test
    void a_repeated_request_finding_its_order_is_created_with_that_order() {
        CommandResult exists = result(CommandOutcome.REJECTED).setErrorCode("order_exists").setOrder(ORDER).build();

        var reply = CreateOrderReply.of("order-1", Optional.of(exists), true);

        assertThat(reply).isEqualTo(new CreateOrderReply.Created(OrderViews.of(ORDER)));
    }

    @Test
    void a_first_request_finding_an_order_is_refused() {
        CommandResult exists = result(CommandOutcome.REJECTED).setErrorCode("order_exists").setOrder(ORDER).build();

        var reply = CreateOrderReply.of("order-1", Optional.of(exists), false);

        assertThat(reply).isInstanceOf(CreateOrderReply.Refused.class);
    }
}
