package io.orderstream.orderapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingStackTest {

    private final List<String> closed = new ArrayList<>();
    private final ClosingStack stack = new ClosingStack();

    @Test
    void resources_are_closed_in_the_reverse_order_of_opening() {
        stack.push(() -> closed.add("database"));
        stack.push(() -> closed.add("producer"));
        stack.push(() -> closed.add("server"));

        stack.close();

        assertThat(closed).containsExactly("server", "producer", "database");
    }

    @Test
    void a_resource_failing_to_close_does_not_keep_the_others_open() {
        stack.push(() -> closed.add("database"));
        stack.push(() -> {
            throw new IllegalStateException("broken");
        });

        stack.close();

        assertThat(closed).containsExactly("database");
    }

    @Test
    void closing_twice_closes_each_resource_once() {
        stack.push(() -> closed.add("database"));

        stack.close();
        stack.close();

        assertThat(closed).containsExactly("database");
    }
}
