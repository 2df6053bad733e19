package io.orderstream.billing.api;

import static io.orderstream.billing.api.BillingRoutesHarness.assertProblem;
import static io.orderstream.billing.api.BillingRoutesHarness.fieldCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.billing.domain.Invoice;
import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.Period;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /invoices} over HTTP: each filter alone and together, pages by keyset, bad parameters. The invoices of
 * this class are of two customers of its own (prefixes a and b), in two periods and two statuses.
 */
class InvoiceListingRoutesIT {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
    private static BillingRoutesHarness api;
    private static String ada;
    private static String bob;

    @BeforeAll
    static void start() throws SQLException {
        api = BillingRoutesHarness.start("invoice_listing");
        String run = UUID.randomUUID().toString().substring(0, 8);
        ada = "cus-a-" + run;
        bob = "cus-b-" + run;
        api.post("/customers", CustomerRoutesIT.customer(ada, "EUR"));
        api.post("/customers", CustomerRoutesIT.customer(bob, "EUR"));
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            invoices.add(invoice("inv-a-" + run + "-" + i, ada, Period.of(2026, 12), InvoiceStatus.PENDING));
            invoices.add(invoice("inv-a-" + run + "-x" + i, ada, Period.of(2027, 1), InvoiceStatus.PAID));
            invoices.add(invoice("inv-b-" + run + "-" + i, bob, Period.of(2026, 12), InvoiceStatus.PAID));
        }
        assertThat(api.data.invoices().insertAll(invoices)).isEqualTo(15);
    }

    private static Invoice invoice(String id, String customerId, Period period, InvoiceStatus status) {
        return new Invoice(id, customerId, 100, "EUR", period, status, null, null, null, null, 0, null, null, T0, T0);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void a_customers_invoices_are_listed_in_id_order_without_their_attempts() {
        JsonNode page = api.get("/invoices?customerId=" + bob).json();

        assertThat(ids(page)).hasSize(5).isSorted().allMatch(id -> id.startsWith("inv-b-"));
        assertThat(page.get("items").get(0).has("attempts")).isFalse();
        assertThat(page.get("items").get(0).get("customerId").asText()).isEqualTo(bob);
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void the_status_filter_lists_only_invoices_in_that_status_in_any_case() {
        JsonNode page = api.get("/invoices?customerId=" + ada + "&status=paid").json();

        assertThat(ids(page)).hasSize(5).allMatch(id -> id.contains("-x"));
    }

    @Test
    void the_period_filter_lists_only_invoices_of_that_period() {
        JsonNode page = api.get("/invoices?customerId=" + ada + "&period=2026-12").json();

        assertThat(ids(page)).hasSize(5).noneMatch(id -> id.contains("-x"));
    }

    @Test
    void the_status_filter_alone_lists_across_customers() {
        List<String> ids = ids(api.get("/invoices?status=PAID&limit=100").json());

        assertThat(ids).filteredOn(id -> id.startsWith("inv-b-")).hasSize(5);
        assertThat(ids).filteredOn(id -> id.startsWith("inv-a-")).hasSize(5);
    }

    @Test
    void the_period_filter_alone_lists_across_customers() {
        List<String> ids = ids(api.get("/invoices?period=2026-12&limit=100").json());

        assertThat(ids).hasSize(10).noneMatch(id -> id.contains("-x"));
    }

    @Test
    void filters_combine() {
        assertThat(ids(api.get("/invoices?customerId=" + bob + "&status=PENDING").json())).isEmpty();
        assertThat(ids(api.get("/invoices?customerId=" + bob + "&status=PAID&period=2026-12").json())).hasSize(5);
    }

    @Test
    void pages_follow_each_other_by_the_next_cursor_without_gaps_or_repeats() {
        List<String> all = ids(api.get("/invoices?customerId=" + ada + "&limit=100").json());
        List<String> paged = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/invoices?customerId=" + ada + "&limit=3" + (next == null ? "" : "&after=" + next))
                    .json();
            paged.addAll(ids(page));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(4);
        assertThat(paged).isEqualTo(all).hasSize(10);
    }

    @Test
    void every_invalid_parameter_is_reported_at_once_as_a_400_invalid_query() {
        JsonNode problem = assertProblem(api.get("/invoices?status=LOST&customerId=a%20b&period=2026-1&limit=0"
                + "&after=%21%21"), 400, "invalid_query");

        assertThat(fieldCodes(problem, "status")).containsExactly("status_invalid");
        assertThat(fieldCodes(problem, "customerId")).containsExactly("customer_id_invalid");
        assertThat(fieldCodes(problem, "period")).containsExactly("period_invalid");
        assertThat(fieldCodes(problem, "limit")).containsExactly("limit_invalid");
        assertThat(fieldCodes(problem, "after")).containsExactly("cursor_invalid");
    }
}
