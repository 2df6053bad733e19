package io.orderstream.orderapi.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CancelRemainder;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.RecordShipment;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandKindTest {

    private static CreateOrder create(boolean payNow) {
        return CreateOrder.newBuilder().setCustomerEmail("a@b.com").setCurrency("EUR").setLines(List.of())
                .setPayNow(payNow).build();
    }

    @Test
    void each_payload_has_its_kind_and_a_create_and_pay_one_of_its_own() {
        assertThat(CommandKind.ofPayload(create(false))).isEqualTo(CommandKind.CREATE_ORDER);
        assertThat(CommandKind.ofPayload(create(true))).isEqualTo(CommandKind.CREATE_ORDER_AND_PAY);
        assertThat(CommandKind.ofPayload(new ApplyPayment("p-1", 100L))).isEqualTo(CommandKind.APPLY_PAYMENT);
        assertThat(CommandKind.ofPayload(new CancelOrder(null))).isEqualTo(CommandKind.CANCEL_ORDER);
        assertThat(CommandKind.ofPayload(new RecordShipment("s-1", 100L, List.of(), null, null)))
                .isEqualTo(CommandKind.RECORD_SHIPMENT);
        assertThat(CommandKind.ofPayload(new CancelRemainder(null))).isEqualTo(CommandKind.CANCEL_REMAINDER);
    }

    @Test
    void only_creates_create_orders() {
        assertThat(CommandKind.values()).filteredOn(CommandKind::createsOrder)
                .containsExactly(CommandKind.CREATE_ORDER, CommandKind.CREATE_ORDER_AND_PAY);
    }

    @Test
    void a_command_the_api_never_sends_has_no_kind() {
        assertThatThrownBy(() -> CommandKind.ofPayload(new OrderLine("SKU-1", "Mug", 1, 100L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OrderLine");
    }
}
