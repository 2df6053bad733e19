package io.orderstream.orderapi.command;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandOutcomesTest {

    private static final CommandOutcome ACCEPTED =
            CommandOutcome.ACCEPTED;
    private static final CommandOutcome REJECTED =
            CommandOutcome.REJECTED;

    private static final OrderState ORDER = OrderStates.created("order-1").build();

    private static CommandResult.Builder accepted(OrderState order) {
        return result(ACCEPTED).setOrder(order);
    }

    private static CommandResult.Builder rejected(String code) {
        return result(REJECTED).setErrorCode(code).setErrorMessage("Refused: " + code + ".");
    }

    private static CommandResult.Builder result(CommandOutcome outcome) {
        return CommandResult.newBuilder()
                .setCommandId("command-1")
                .setOrderId("order-1")
                .setOutcome(outcome)
                .setProcessedAt(Instant.parse("2026-11-21T12:00:00Z"));
    }

    private static Problem problemOf(CommandResult result) {
        return ((ClientOutcome.Failed) CommandOutcomes.of(result)).problem();
    }

    @Test
    void an_accepted_command_succeeded_with_the_order_of_its_result() {
        assertThat(CommandOutcomes.of(accepted(ORDER).build()))
                .isEqualTo(new ClientOutcome.Succeeded(OrderViews.of(ORDER)));
    }

    @Test
    void no_result_in_time_is_pending() {
        assertThat(CommandOutcomes.of(Optional.empty())).isInstanceOf(ClientOutcome.Pending.class);
    }

    @Test
    void an_order_still_waiting_for_its_charge_is_pending_not_shown() {
        var result = accepted(OrderStates.at("order-1", 2, OrderStatus.PENDING_PAYMENT)).build();

        assertThat(CommandOutcomes.of(result)).isInstanceOf(ClientOutcome.Pending.class);
    }

    @Test
    void a_create_sent_again_succeeds_with_the_order_it_created() {
        var result = rejected("order_exists").setOrder(ORDER).build();

        assertThat(CommandOutcomes.of(result)).isEqualTo(new ClientOutcome.Succeeded(OrderViews.of(ORDER)));
    }

    @Test
    void a_create_and_pay_sent_again_while_its_charge_runs_is_pending() {
        var result = rejected("order_exists").setOrder(OrderStates.at("order-1", 2, OrderStatus.PENDING_PAYMENT))
                .build();

        assertThat(CommandOutcomes.of(result)).isInstanceOf(ClientOutcome.Pending.class);
    }

    @ParameterizedTest
    @CsvSource({
            "validation_failed, 422, Invalid request",
            "order_not_found, 404, Order not found",
            "payment_id_conflict, 409, Payment id conflict",
            "invalid_state, 409, Invalid order state",
            "invalid_amount, 422, Invalid amount",
            "payment_exceeds_balance, 422, Payment exceeds the balance due",
            "order_limit_reached, 409, Order limit reached",
            "command_failed, 422, Command failed"})
    void a_refusal_keeps_its_code_and_gets_its_status_and_title(String code, int status, String title) {
        Problem problem = problemOf(rejected(code).setOrder(ORDER).build());

        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isEqualTo(title);
        assertThat(problem.detail()).isEqualTo("Refused: " + code + ".");
    }

    @Test
    void the_processors_field_errors_are_kept() {
        var result = rejected("validation_failed")
                .setFieldErrors(List.of(new FieldError("customerEmail", "email_invalid", "A valid e-mail is required.")))
                .build();

        assertThat(problemOf(result).errors())
                .containsExactly(new FieldProblem("customerEmail", "email_invalid", "A valid e-mail is required."));
    }

    @ParameterizedTest
    @CsvSource({"payment_declined, Payment declined", "payment_failed, Payment failed"})
    void a_charge_not_captured_is_a_402_about_the_rejected_order(String code, String title) {
        var result = rejected(code).setOrder(OrderStates.at("order-1", 3, OrderStatus.REJECTED)).build();

        Problem problem = problemOf(result);

        assertThat(problem.status()).isEqualTo(402);
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.title()).isEqualTo(title);
    }

    @Test
    void any_other_refusal_about_an_order_nobody_may_see_is_a_404() {
        var result = rejected("invalid_state").setOrder(OrderStates.at("order-1", 2, OrderStatus.PENDING_PAYMENT))
                .build();

        Problem problem = problemOf(result);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.code()).isEqualTo("order_not_found");
        assertThat(problem.detail()).doesNotContain("PENDING_PAYMENT");
    }
}
