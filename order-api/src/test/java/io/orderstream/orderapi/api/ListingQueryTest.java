package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.orderapi.store.ListingPosition;
import io.orderstream.orderapi.store.OrderListing;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.schemas.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListingQueryTest {

    private static OrderListing parse(Map<String, String> parameters) {
        return ListingQuery.parse(parameters.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
    }

    private static Problem problemOf(Map<String, String> parameters) {
        try {
            parse(parameters);
        } catch (ProblemException e) {
            return e.problem();
        }
        throw new AssertionError("no problem with " + parameters);
    }

    @Test
    void only_the_email_given_lists_the_first_twenty_of_any_visible_status() {
        assertThat(parse(Map.of("customerEmail", "a@b.com")))
                .isEqualTo(new OrderListing("a@b.com", List.of(), 20, Optional.empty()));
    }

    @Test
    void status_limit_and_cursor_are_taken_as_given() {
        var position = new ListingPosition(Instant.parse("2026-11-21T10:00:00Z"), "order-1");

        var listing = parse(Map.of("customerEmail", "a@b.com", "status", "closed, PAID", "limit", "100",
                "after", ListingCursor.encode(position)));

        assertThat(listing.statuses()).containsExactly(OrderStatus.PAID, OrderStatus.CLOSED);
        assertThat(listing.limit()).isEqualTo(100);
        assertThat(listing.after()).contains(position);
    }

    @Test
    void no_email_is_a_400_problem_naming_it() {
        Problem problem = problemOf(Map.of("status", "PAID"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("invalid_query");
        assertThat(problem.errors()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customerEmail", "required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "2.5", ""})
    void a_limit_outside_1_to_100_is_invalid(String limit) {
        assertThat(problemOf(Map.of("customerEmail", "a@b.com", "limit", limit)).errors())
                .extracting(FieldProblem::field).containsExactly("limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELIVERED", "PENDING_PAYMENT", "REJECTED", "PAID,", ""})
    void a_status_clients_never_see_is_invalid(String status) {
        assertThat(problemOf(Map.of("customerEmail", "a@b.com", "status", status)).errors())
                .extracting(FieldProblem::code).containsExactly("status_invalid");
    }

    @Test
    void a_cursor_this_api_did_not_make_is_invalid() {
        assertThat(problemOf(Map.of("customerEmail", "a@b.com", "after", "abc")).errors())
                .extracting(FieldProblem::code).containsExactly("cursor_invalid");
    }

    @Test
    void every_invalid_parameter_is_reported_at_once() {
        assertThatThrownBy(() -> parse(Map.of("limit", "0", "status", "NEW", "after", "x")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(FieldProblem::field)
                        .containsExactly("customerEmail", "status", "limit", "after"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b@x.com", "a@b.com\u0007", "a\ud800@b.com"})
    void an_email_with_a_control_character_is_invalid_and_never_looked_up(String email) {
        Problem problem = problemOf(Map.of("customerEmail", email));

        assertThat(problem.code()).isEqualTo("invalid_query");
        assertThat(problem.errors()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customerEmail", "email_invalid"));
    }

    @Test
    void an_email_longer_than_its_bound_is_invalid() {
        assertThat(problemOf(Map.of("customerEmail", "a".repeat(300) + "@b.com")).errors())
                .extracting(FieldProblem::code).containsExactly("email_invalid");
    }
}
