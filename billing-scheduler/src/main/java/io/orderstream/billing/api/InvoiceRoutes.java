package io.orderstream.billing.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.billing.domain.Customer;
import io.orderstream.billing.domain.FieldViolation;
import io.orderstream.billing.domain.Invoice;
import io.orderstream.billing.domain.InvoiceDraft;
import io.orderstream.billing.store.CustomerStore;
import io.orderstream.billing.store.IdempotentRequests;
import io.orderstream.billing.store.IdempotentRequests.Answer;
import io.orderstream.billing.store.InvoicePage;
import io.orderstream.billing.store.InvoiceStore;
import io.orderstream.platform.http.IdempotencyKeyHeader;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.KeysetCursor;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.http.QueryParameters;
import io.orderstream.platform.time.TimeSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /invoices} (a {@code PENDING} invoice of a known customer, in its currency; Idempotency-Key honoured),
 * {@code GET /invoices/{id}} with its attempts and {@code GET /invoices?status=&customerId=&period=&limit=&after=}.
 */
public final class InvoiceRoutes {

    static final String OPERATION = "POST /invoices";

    private final CustomerStore customers;
    private final InvoiceStore invoices;
    private final IdempotentRequests requests;
    private final TimeSource time;

    public InvoiceRoutes(CustomerStore customers, InvoiceStore invoices, IdempotentRequests requests,
                         TimeSource time) {
        this.customers = customers;
        this.invoices = invoices;
        this.requests = requests;
        this.time = time;
    }

    public void register(HttpRouting.Builder routing) {
        routing.post("/invoices", this::create)
                .get("/invoices", this::list)
                .get("/invoices/{id}", this::invoice);
    }

    private void create(ServerRequest request, ServerResponse response) throws SQLException {
        Optional<String> key = IdempotencyKeyHeader.of(request, BillingApiCode.INVALID_IDEMPOTENCY_KEY);
        InvoiceDraft draft = Json.read(request, InvoiceDraft.class);
        List<FieldViolation> violations = draft.violations();
        if (!violations.isEmpty()) {
            throw new ProblemException(BillingProblems.invalidFields(violations));
        }
        Invoice invoice = draft.invoice(Creations.newId("inv_"), time.now().truncatedTo(ChronoUnit.MICROS));
        var body = new String(Json.write(InvoiceView.withAttempts(invoice, List.of())), StandardCharsets.UTF_8);
        var answer = new Answer(201, "/invoices/" + invoice.id(), body);
        var outcome = requests.create(key, Creations.fingerprint(OPERATION, draft), answer,
                connection -> insert(connection, draft, invoice));
        Creations.send(response, outcome, () -> BillingProblems.invoiceExists(invoice.id()));
    }

    /** The invoice of a known customer in its currency; a refusal otherwise (rolled back with the key). */
    private boolean insert(Connection connection, InvoiceDraft draft, Invoice invoice) throws SQLException {
        Customer customer = customers.find(connection, draft.customerId())
                .orElseThrow(() -> new ProblemException(BillingProblems.unknownCustomer(draft.customerId())));
        if (!draft.currencyMatches(customer)) {
            throw new ProblemException(BillingProblems.currencyMismatch(draft.currency(), customer.currency()));
        }
        return invoices.insert(connection, invoice);
    }

    private void invoice(ServerRequest request, ServerResponse response) throws SQLException {
        String id = PathIds.invoiceId(request);
        Invoice invoice = invoices.find(id).orElseThrow(() -> new ProblemException(BillingProblems.invoiceNotFound(id)));
        Json.send(response, Status.OK_200, InvoiceView.withAttempts(invoice, invoices.attempts(id)));
    }

    private void list(ServerRequest request, ServerResponse response) throws SQLException {
        InvoicePage page = invoices.list(InvoiceListingQuery.parse(QueryParameters.of(request)));
        Json.send(response, Status.OK_200, new InvoicePageView(
                page.invoices().stream().map(InvoiceView::listed).toList(),
                page.next().map(KeysetCursor::encode).orElse(null)));
    }
}
