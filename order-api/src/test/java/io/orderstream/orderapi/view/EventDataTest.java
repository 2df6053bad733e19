package io.orderstream.orderapi.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.platform.http.Json;
import io.orderstream.schemas.order.FulfillmentCompleted;
import io.orderstream.schemas.order.FulfillmentOutcome;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.ShipmentLine;
import io.orderstream.schemas.order.ShipmentRecorded;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDataTest {

    private static JsonNode json(Object data) throws IOException {
        return Json.MAPPER.readTree(Json.write(data));
    }

    @Test
    void a_record_becomes_an_object_with_its_fields_in_schema_order() throws IOException {
        var created = new OrderCreated("a@b.com", "EUR", List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)), 2500L, false);

        JsonNode data = json(EventData.of(created));

        assertThat(data.fieldNames()).toIterable()
                .containsExactly("customerEmail", "currency", "lines", "total", "payNow");
        assertThat(data.get("lines").get(0).get("unitPrice").asLong()).isEqualTo(1250);
        assertThat(data.get("total").isIntegralNumber()).isTrue();
        assertThat(data.get("payNow").asBoolean()).isFalse();
    }

    @Test
    void enums_become_their_names_and_missing_options_null() throws IOException {
        JsonNode data = json(EventData.of(new FulfillmentCompleted(FulfillmentOutcome.SUCCEEDED, null)));

        assertThat(data.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(data.get("reason").isNull()).isTrue();
    }

    @Test
    void nested_lists_of_records_are_kept() throws IOException {
        var shipped = new ShipmentRecorded("ship-1", 2500L, List.of(new ShipmentLine("SKU-1", 2)), null, null);

        JsonNode data = json(EventData.of(shipped));

        assertThat(data.get("lines").get(0).get("sku").asText()).isEqualTo("SKU-1");
        assertThat(data.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
    }
}
