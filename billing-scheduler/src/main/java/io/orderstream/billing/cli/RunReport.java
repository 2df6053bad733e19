package io.orderstream.billing.cli;

import io.orderstream.platform.text.ProgressBar;
import io.orderstream.platform.text.Table;
import io.orderstream.platform.text.Table.Column;
import java.util.Locale;
import java.util.TreeMap;

/** A run's outcome as text: invoices by outcome, failures by reason. */
final class RunReport {

    private RunReport() {
    }

    static String of(RunView run) {
        RunView.Counts invoices = run.invoices();
        var outcomes = new Table(Column.text("OUTCOME", 20), Column.number("INVOICES"))
                .row("paid", ProgressBar.count(invoices.paid()))
                .row("error", ProgressBar.count(invoices.error()))
                .row("needs review", ProgressBar.count(invoices.needsReview()));
        if (invoices.pending() + invoices.charging() > 0) {
            outcomes.row("pending", ProgressBar.count(invoices.pending())).row("charging", ProgressBar.count(invoices.charging()));
        }
        outcomes.row("total", ProgressBar.count(invoices.total()));
        var reasons = new Table(Column.text("FAILURE REASON", 30), Column.number("INVOICES"));
        new TreeMap<>(run.failures()).forEach((reason, count) -> reasons.row(reason, ProgressBar.count(count)));
        String late = run.completed() && invoices.pending() > 0
                ? String.format(Locale.ROOT, "%s invoices of %s are PENDING but came after its run completed: this run does not charge them%n",
                ProgressBar.count(invoices.pending()), run.period())
                : "";
        return "run " + run.period() + ": " + run.status() + run.startedAt().map(at -> ", started " + at).orElse("")
                + run.completedAt().map(at -> ", completed " + at).orElse("") + System.lineSeparator()
                + outcomes.render() + (reasons.isEmpty() ? "" : System.lineSeparator() + reasons.render()) + late;
    }
}
