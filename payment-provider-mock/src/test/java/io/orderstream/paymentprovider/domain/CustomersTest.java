package io.orderstream.paymentprovider.domain;

import static io.orderstream.paymentprovider.domain.TestGateways.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomersTest {

    private final Customers customers = new Customers();

    @Test
    void a_customer_whose_id_starts_with_missing_does_not_exist() {
        assertThat(customers.refusal(request("missing-42", 100, "EUR", "r"))).contains(Refusal.CUSTOMER_NOT_FOUND);
    }

    @Test
    void a_customer_with_a_currency_suffix_pays_in_that_currency() {
        assertThat(customers.refusal(request("cust-1:USD", 100, "USD", "r"))).isEmpty();
    }

    @Test
    void a_customer_with_a_currency_suffix_cannot_pay_in_another_currency() {
        assertThat(customers.refusal(request("cust-1:USD", 100, "EUR", "r"))).contains(Refusal.CURRENCY_MISMATCH);
    }

    @Test
    void any_other_customer_exists_and_pays_in_any_currency() {
        assertThat(customers.refusal(request("cust-1", 100, "JPY", "r"))).isEmpty();
        assertThat(customers.refusal(request("a@b.com", 100, "CHF", "r"))).isEmpty();
    }

    @Test
    void a_missing_customer_is_not_found_whatever_its_currency_suffix() {
        assertThat(customers.refusal(request("missing-1:USD", 100, "EUR", "r"))).contains(Refusal.CUSTOMER_NOT_FOUND);
    }
}
