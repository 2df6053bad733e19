package io.orderstream.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeederRangesTest {

    @Test
    void customers_are_split_into_contiguous_ranges_that_cover_each_once() {
        assertThat(Seeder.ranges(10, 3)).containsExactly(new int[] {1, 3}, new int[] {4, 6}, new int[] {7, 10});
    }

    @Test
    void fewer_customers_than_streams_give_one_range_a_customer() {
        assertThat(Seeder.ranges(2, 4)).containsExactly(new int[] {1, 1}, new int[] {2, 2});
    }

    @Test
    void one_customer_is_one_range() {
        assertThat(Seeder.ranges(1, 2)).containsExactly(new int[] {1, 1});
    }
}
