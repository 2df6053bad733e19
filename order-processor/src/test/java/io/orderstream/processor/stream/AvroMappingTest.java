package io.orderstream.processor.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.processor.domain.AppliedCommands;
import io.orderstream.processor.domain.ChargeRejection;
import io.orderstream.processor.domain.Command;
import io.orderstream.processor.domain.LineItem;
import io.orderstream.processor.domain.Order;
import io.orderstream.processor.domain.OrderDecider;
import io.orderstream.processor.domain.OrderEvolution;
import io.orderstream.processor.domain.OrderPolicy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroMappingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final OrderDecider DECIDER = new OrderDecider(OrderPolicy.DEFAULT);

    private static Order decided(Order order, Command command) {
        return OrderEvolution.evolveAll("o-1", order, command, DECIDER.decide(order, command, NOW).events());
    }

    private static Order pendingPayment() {
        return decided(null, new Command.CreateOrder("create-1", "a@b.com", "EUR",
                List.of(new LineItem("SKU-1", "Mug", 1, 1000)), true));
    }

    @Test
    void the_commands_and_the_rejection_survive_the_snapshot() {
        Order rejected = decided(pendingPayment(), new Command.RecordChargeResult("r-1", "create-1",
                Command.ChargeStatus.DECLINED, null, "insufficient_funds", null));

        Order read = AvroMapping.order(AvroMapping.state(rejected));

        assertThat(read.commands()).isEqualTo(new AppliedCommands("create-1", List.of()));
        assertThat(read.rejection()).isEqualTo(new ChargeRejection("payment_declined", "insufficient_funds"));
        assertThat(read).isEqualTo(rejected);
    }

    @Test
    void a_create_and_pay_snapshot_from_before_the_creator_was_kept_takes_its_charge_request_as_creator() {
        var older = AvroMapping.state(pendingPayment());
        older.setCreatedBy(null);

        assertThat(AvroMapping.order(older).commands().isCreator("create-1")).isTrue();
    }

    @Test
    void a_plain_snapshot_from_before_the_creator_was_kept_knows_none() {
        Order created = decided(null, new Command.CreateOrder("create-1", "a@b.com", "EUR",
                List.of(new LineItem("SKU-1", "Mug", 1, 1000)), false));
        var older = AvroMapping.state(created);
        older.setCreatedBy(null);

        assertThat(AvroMapping.order(older).commands()).isEqualTo(AppliedCommands.NONE);
    }
}
