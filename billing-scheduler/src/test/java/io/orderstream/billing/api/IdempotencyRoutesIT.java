package io.orderstream.billing.api;

import static io.orderstream.billing.api.BillingRoutesHarness.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.billing.api.BillingRoutesHarness.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key of {@code POST /customers} and {@code POST /invoices}: replays, reuse, concurrent repeats. */
class IdempotencyRoutesIT {

    private static BillingRoutesHarness api;
    private static String customer;

    @BeforeAll
    static void start() {
        api = BillingRoutesHarness.start("billing_idempotency");
        customer = "cus-" + UUID.randomUUID();
        api.post("/customers", CustomerRoutesIT.customer(customer, "EUR"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String key() {
        return "key-" + UUID.randomUUID();
    }

    private static String invoiceWithoutId(long amount) {
        return """
                {"customerId": "%s", "amount": %d, "currency": "EUR", "period": "2026-12"}""".formatted(customer, amount);
    }

    @Test
    void the_same_invoice_sent_again_with_its_key_is_answered_the_first_answer_and_stored_once() {
        String key = key();
        long before = api.count("invoices");

        Response first = api.post("/invoices", invoiceWithoutId(100), key);
        Response again = api.post("/invoices", invoiceWithoutId(100), key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(api.count("invoices")).isEqualTo(before + 1);
    }

    @Test
    void the_same_customer_sent_again_with_its_key_is_replayed_with_its_generated_id() {
        String key = key();
        String body = """
                {"name": "Ada", "currency": "EUR", "providerCustomerId": "cust-1"}""";

        Response first = api.post("/customers", body, key);
        Response again = api.post("/customers", body, key);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
    }

    @Test
    void a_key_reused_with_another_body_is_a_422_idempotency_key_reused_and_nothing_is_stored() {
        String key = key();
        api.post("/invoices", invoiceWithoutId(100), key);
        long before = api.count("invoices");

        assertProblem(api.post("/invoices", invoiceWithoutId(200), key), 422, "idempotency_key_reused");

        assertThat(api.count("invoices")).isEqualTo(before);
    }

    @Test
    void a_key_reused_on_the_other_endpoint_is_a_422_idempotency_key_reused() {
        String key = key();
        api.post("/invoices", invoiceWithoutId(100), key);

        assertProblem(api.post("/customers", CustomerRoutesIT.customer("cus-" + UUID.randomUUID(), "EUR"), key),
                422, "idempotency_key_reused");
    }

    @Test
    void an_existing_id_under_a_new_key_is_still_a_409() {
        String id = "inv-" + UUID.randomUUID();
        String body = InvoiceRoutesIT.invoice(id, customer, "100", "EUR", "2026-12");
        api.post("/invoices", body, key());

        assertProblem(api.post("/invoices", body, key()), 409, "invoice_exists");
    }

    @Test
    void a_refused_request_keeps_no_key_so_its_corrected_retry_with_the_same_key_goes_through() {
        String key = key();
        String id = "inv-" + UUID.randomUUID();
        assertProblem(api.post("/invoices", InvoiceRoutesIT.invoice(id, "cus-nobody", "100", "EUR", "2026-12"), key),
                422, "unknown_customer");

        Response retry = api.post("/invoices", InvoiceRoutesIT.invoice(id, customer, "100", "EUR", "2026-12"), key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    }

    @Test
    void requests_with_one_key_at_once_create_one_invoice_and_all_get_its_answer() throws Exception {
        String key = key();
        long before = api.count("invoices");
        Callable<Response> post = () -> api.post("/invoices", invoiceWithoutId(300), key);

        List<Response> answers;
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Response>> futures = threads.invokeAll(java.util.Collections.nCopies(8, post));
            answers = new java.util.ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
        }

        assertThat(answers).extracting(Response::status).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.json().get("id").asText()).containsOnly(
                answers.get(0).json().get("id").asText());
        assertThat(api.count("invoices")).isEqualTo(before + 1);
    }
}
