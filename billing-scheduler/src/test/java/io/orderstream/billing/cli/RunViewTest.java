package io.orderstream.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.http.Json;
import org.junit.jupiter.api.Test;

class RunViewTest {

    static final String RUNNING = """
            {"period":"2026-12","status":"RUNNING","startedBy":"MANUAL","startedAt":"2026-12-01T00:00:00Z",
             "fannedOutAt":null,"completedAt":null,
             "invoices":{"total":100,"pending":20,"charging":30,"paid":40,"error":8,"needsReview":2},
             "failures":{"insufficient_funds":5,"customer_not_found":2,"currency_mismatch":1,"network_error":0,"system_error":0}}""";

    @Test
    void the_contracts_run_body_gives_counts_failures_and_times() throws Exception {
        RunView run = RunView.of(Json.MAPPER.readTree(RUNNING));

        assertThat(run.period()).isEqualTo("2026-12");
        assertThat(run.completed()).isFalse();
        assertThat(run.startedAt()).hasValue("2026-12-01T00:00:00Z");
        assertThat(run.completedAt()).isEmpty();
        assertThat(run.invoices()).isEqualTo(new RunView.Counts(100, 20, 30, 40, 8, 2));
        assertThat(run.failures()).containsEntry("insufficient_funds", 5L).containsEntry("system_error", 0L);
    }

    @Test
    void the_report_of_a_completed_run_says_when_pending_invoices_of_its_period_came_after_it() throws Exception {
        String completed = RUNNING.replace("RUNNING", "COMPLETED");

        assertThat(RunReport.of(RunView.of(Json.MAPPER.readTree(completed))))
                .contains("20 invoices of 2026-12 are PENDING but came after its run completed");
    }

    @Test
    void done_counts_the_invoices_with_a_final_outcome() throws Exception {
        assertThat(RunView.of(Json.MAPPER.readTree(RUNNING)).invoices().done()).isEqualTo(50);
    }

    @Test
    void the_report_shows_outcomes_and_failure_reasons() throws Exception {
        String report = RunReport.of(RunView.of(Json.MAPPER.readTree(RUNNING)));

        assertThat(report).startsWith("run 2026-12: RUNNING, started 2026-12-01T00:00:00Z");
        assertThat(report).containsPattern("paid +40").containsPattern("needs review +2").containsPattern("pending +20")
                .containsPattern("insufficient_funds +5").containsPattern("total +100");
    }
}
