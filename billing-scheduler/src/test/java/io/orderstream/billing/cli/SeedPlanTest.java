package io.orderstream.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.billing.cli.SeedPlan.Kind;
import io.orderstream.billing.cli.SeedPlan.SeedInvoice;
import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeedPlanTest {

    private static final Period DECEMBER = Period.of(2026, 12);

    private static List<SeedInvoice> allInvoices(SeedPlan plan) {
        return IntStream.rangeClosed(1, plan.customersWithInvoices())
                .mapToObj(n -> plan.invoicesOf(n, plan.customer(n))).flatMap(List::stream).toList();
    }

    @Test
    void the_demo_gives_each_customer_one_pending_invoice_in_the_period_and_the_others_paid_in_the_months_before() {
        SeedPlan plan = SeedPlan.demo("t1", 100, 10, DECEMBER);

        List<SeedInvoice> invoices = plan.invoicesOf(7, plan.customer(7));

        assertThat(invoices).hasSize(10);
        assertThat(invoices.get(0).status()).isEqualTo(InvoiceStatus.PENDING);
        assertThat(invoices.get(0).period()).isEqualTo(DECEMBER);
        assertThat(invoices.subList(1, 10)).allSatisfy(invoice -> assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID));
        assertThat(invoices.subList(1, 10)).extracting(invoice -> invoice.period().toString())
                .containsExactly("2026-11", "2026-10", "2026-09", "2026-08", "2026-07", "2026-06", "2026-05", "2026-04", "2026-03");
    }

    @Test
    void the_demo_has_1000_invoices_100_of_them_pending() {
        SeedPlan plan = SeedPlan.demo("t1", 100, 10, DECEMBER);

        assertThat(plan.invoices()).isEqualTo(1000);
        assertThat(plan.pendingInvoices()).isEqualTo(100);
        assertThat(allInvoices(plan)).filteredOn(invoice -> invoice.status() == InvoiceStatus.PENDING).hasSize(100);
    }

    @Test
    void one_customer_in_twenty_of_each_kind_makes_every_failure_reason_occur() {
        SeedPlan plan = SeedPlan.demo("t1", 100, 1, DECEMBER);

        Map<Kind, Long> kinds = IntStream.rangeClosed(1, 100).mapToObj(plan::customer)
                .collect(Collectors.groupingBy(SeedPlan.SeedCustomer::kind, Collectors.counting()));

        assertThat(kinds).containsEntry(Kind.UNKNOWN_TO_PROVIDER, 5L).containsEntry(Kind.OTHER_CURRENCY, 5L)
                .containsEntry(Kind.ALWAYS_DECLINED, 5L).containsEntry(Kind.REGULAR, 85L);
    }

    @Test
    void provider_ids_follow_the_mocks_rules_for_each_kind() {
        SeedPlan plan = SeedPlan.demo("t1", 100, 1, DECEMBER);

        assertThat(plan.customer(20).providerCustomerId()).isEqualTo("missing-t1-00000020");
        assertThat(plan.customer(21).providerCustomerId()).isEqualTo("cust-t1-00000021:USD");
        assertThat(plan.customer(21).currency()).isEqualTo("EUR");
        assertThat(plan.customer(22).providerCustomerId()).isEqualTo("decline-t1-00000022");
        assertThat(plan.customer(23).providerCustomerId()).isEqualTo("cust-t1-00000023");
    }

    @Test
    void invoices_are_billed_in_their_customers_currency_with_a_positive_amount() {
        SeedPlan plan = SeedPlan.demo("t1", 40, 3, DECEMBER);
        Map<String, String> currencies = IntStream.rangeClosed(1, 40).mapToObj(plan::customer)
                .collect(Collectors.toMap(SeedPlan.SeedCustomer::id, SeedPlan.SeedCustomer::currency));

        assertThat(allInvoices(plan)).allSatisfy(invoice -> {
            assertThat(invoice.currency()).isEqualTo(currencies.get(invoice.customerId()));
            assertThat(invoice.amount()).isBetween(SeedPlan.MIN_AMOUNT, SeedPlan.MIN_AMOUNT + SeedPlan.AMOUNT_SPREAD);
        });
    }

    @Test
    void ids_are_unique_and_carry_the_tag() {
        SeedPlan plan = SeedPlan.demo("abc", 30, 12, DECEMBER);

        List<SeedInvoice> invoices = allInvoices(plan);

        assertThat(invoices).extracting(SeedInvoice::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("inv-abc-"));
        assertThat(plan.customer(3).id()).isEqualTo("cus-abc-00000003");
    }

    @Test
    void the_benchmark_seeds_exactly_the_invoices_asked_for_all_pending_in_the_period_ten_a_customer() {
        SeedPlan plan = SeedPlan.allPending("b", 25, DECEMBER);

        List<SeedInvoice> invoices = allInvoices(plan);

        assertThat(plan.customersWithInvoices()).isEqualTo(3);
        assertThat(invoices).hasSize(25).allSatisfy(invoice -> {
            assertThat(invoice.status()).isEqualTo(InvoiceStatus.PENDING);
            assertThat(invoice.period()).isEqualTo(DECEMBER);
        });
        assertThat(plan.pendingInvoices()).isEqualTo(25);
        assertThat(invoices.stream().collect(Collectors.groupingBy(SeedInvoice::customerId, Collectors.counting())))
                .containsValues(10L, 10L, 5L);
    }

    @Test
    void rows_come_in_the_order_of_their_ids_so_that_indexes_grow_at_their_end() {
        SeedPlan plan = SeedPlan.demo("ord", 120, 12, DECEMBER);

        List<String> customerIds = IntStream.rangeClosed(1, 120).mapToObj(n -> plan.customer(n).id()).toList();

        assertThat(customerIds).isSorted();
        assertThat(allInvoices(plan)).extracting(SeedInvoice::id).isSorted();
    }

    @Test
    void a_tiny_benchmark_has_one_customer() {
        SeedPlan plan = SeedPlan.allPending("b", 3, DECEMBER);

        assertThat(allInvoices(plan)).hasSize(3);
        assertThat(plan.customersWithInvoices()).isEqualTo(1);
    }

    @Test
    void the_same_numbers_give_the_same_seed() {
        Function<SeedPlan, List<SeedInvoice>> seed = SeedPlanTest::allInvoices;

        assertThat(seed.apply(SeedPlan.demo("x", 10, 4, DECEMBER))).isEqualTo(seed.apply(SeedPlan.demo("x", 10, 4, DECEMBER)));
    }
}
