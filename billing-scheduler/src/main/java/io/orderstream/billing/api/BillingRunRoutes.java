package io.orderstream.billing.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.billing.domain.Period;
import io.orderstream.billing.domain.RunPlanning;
import io.orderstream.billing.run.BillingRunView;
import io.orderstream.billing.run.BillingRuns;
import io.orderstream.billing.run.StartedBy;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemCode;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.time.TimeSource;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code POST /billing-runs {"period":"2026-12"}}: 201 and the run it started, 200 and the existing run of that
 * period (never a second one); {@code GET /billing-runs/{period}}; {@code GET /billing-runs} (newest period first).
 */
public final class BillingRunRoutes {

    /** The body of POST /billing-runs. */
    public record StartRun(String period) {
    }

    /** The body of GET /billing-runs. */
    public record RunList(List<BillingRunView> runs) {
    }

    private static final System.Logger LOG = System.getLogger(BillingRunRoutes.class.getName());

    private final BillingRuns runs;
    private final ZoneId zone;
    private final TimeSource time;
    private final Runnable started;

    /** @param started told after a run was claimed by hand, so its fan-out begins at once */
    public BillingRunRoutes(BillingRuns runs, ZoneId zone, TimeSource time, Runnable started) {
        this.runs = runs;
        this.zone = zone;
        this.time = time;
        this.started = started;
    }

    public void register(HttpRouting.Builder routing) {
        routing.post("/billing-runs", this::start)
                .get("/billing-runs", this::list)
                .get("/billing-runs/{period}", this::run);
    }

    private void start(ServerRequest request, ServerResponse response) {
        StartRun body = Json.read(request, StartRun.class);
        Period period = period(body.period());
        if (RunPlanning.isFuture(period, time.now(), zone)) {
            throw new ProblemException(BillingApiCode.PERIOD_IN_FUTURE.problem("The run of " + period
                    + " starts on " + period.start(zone) + "; a period can be run from its 1st in " + zone + "."));
        }
        BillingRuns.Claim claim = database(() -> runs.claim(period, StartedBy.MANUAL, time.now()));
        started.run();
        if (claim.created()) {
            response.header(HeaderNames.LOCATION, "/billing-runs/" + period);
        }
        Json.send(response, claim.created() ? Status.CREATED_201 : Status.OK_200, claim.run());
    }

    private void run(ServerRequest request, ServerResponse response) {
        Period period = period(request.path().pathParameters().get("period"));
        BillingRunView run = database(() -> runs.find(period)).orElseThrow(() -> new ProblemException(
                BillingApiCode.BILLING_RUN_NOT_FOUND.problem("No billing run of " + period + ".")));
        Json.send(response, Status.OK_200, run);
    }

    private void list(ServerRequest request, ServerResponse response) {
        Json.send(response, Status.OK_200, new RunList(database(runs::list)));
    }

    private static Period period(String text) {
        return Period.parse(text).orElseThrow(() -> new ProblemException(BillingApiCode.INVALID_PERIOD.problem(
                "The period must be YYYY-MM, a month 01 to 12 of a year from 2000, such as 2026-12.")));
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T database(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "billing runs unavailable: " + e, e);
            throw new ProblemException(ProblemCode.SERVICE_UNAVAILABLE.problem(
                    "The billing database does not answer; try again shortly."));
        }
    }
}
