package io.orderstream.billing.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.billing.domain.Customer;
import io.orderstream.billing.domain.CustomerDraft;
import io.orderstream.billing.domain.FieldViolation;
import io.orderstream.billing.store.CustomerStore;
import io.orderstream.billing.store.IdempotentRequests;
import io.orderstream.billing.store.IdempotentRequests.Answer;
import io.orderstream.platform.http.IdempotencyKeyHeader;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.time.TimeSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** {@code POST /customers} (Idempotency-Key honoured) and {@code GET /customers/{id}}. */
public final class CustomerRoutes {

    static final String OPERATION = "POST /customers";

    private final CustomerStore customers;
    private final IdempotentRequests requests;
    private final TimeSource time;

    public CustomerRoutes(CustomerStore customers, IdempotentRequests requests, TimeSource time) {
        this.customers = customers;
        this.requests = requests;
        this.time = time;
    }

    public void register(HttpRouting.Builder routing) {
        routing.post("/customers", this::create).get("/customers/{id}", this::customer);
    }

    private void create(ServerRequest request, ServerResponse response) throws SQLException {
        Optional<String> key = IdempotencyKeyHeader.of(request, BillingApiCode.INVALID_IDEMPOTENCY_KEY);
        CustomerDraft draft = Json.read(request, CustomerDraft.class);
        List<FieldViolation> violations = draft.violations();
        if (!violations.isEmpty()) {
            throw new ProblemException(BillingProblems.invalidFields(violations));
        }
        // the database keeps microseconds: the answer shows what a GET will
        Customer customer = draft.customer(Creations.newId("cus_"), time.now().truncatedTo(ChronoUnit.MICROS));
        var answer = new Answer(201, "/customers/" + customer.id(), new String(Json.write(CustomerView.of(customer)),
                StandardCharsets.UTF_8));
        var outcome = requests.create(key, Creations.fingerprint(OPERATION, draft), answer,
                connection -> customers.insert(connection, customer));
        Creations.send(response, outcome, () -> BillingProblems.customerExists(customer.id()));
    }

    private void customer(ServerRequest request, ServerResponse response) throws SQLException {
        String id = PathIds.customerId(request);
        Customer customer = customers.find(id)
                .orElseThrow(() -> new ProblemException(BillingProblems.customerNotFound(id)));
        Json.send(response, Status.OK_200, CustomerView.of(customer));
    }
}
