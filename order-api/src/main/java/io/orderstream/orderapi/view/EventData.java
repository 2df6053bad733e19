package io.orderstream.orderapi.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * An Avro event payload as plain JSON values: records become objects with their fields in schema
 * order, enums and strings become text, lists stay lists, numbers and timestamps stay as they are.
 */
public final class EventData {

    private EventData() {
    }

    public static Map<String, Object> of(SpecificRecord payload) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Schema.Field field : payload.getSchema().getFields()) {
            fields.put(field.name(), value(payload.get(field.pos())));
        }
        return fields;
    }

    private static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case SpecificRecord nested -> of(nested);
            case List<?> list -> list.stream().map(EventData::value).toList();
            case CharSequence text -> text.toString();
            case Enum<?> symbol -> symbol.name();
            default -> value;
        };
    }
}
