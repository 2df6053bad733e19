package io.orderstream.processor.domain;

import java.util.List;

/** The decider's answer to a command: the events it causes, or why it is refused. */
public sealed interface Decision {

    static Decision accept(OrderEvent... events) {
        return new Accepted(List.of(events));
    }

    static Decision reject(String code, String message) {
        return new Rejected(code, message, List.of());
    }

    record Accepted(List<OrderEvent> events) implements Decision {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected(String code, String message, List<FieldError> fieldErrors) implements Decision {
        public Rejected {
            fieldErrors = List.copyOf(fieldErrors);
        }
    }

    /** One invalid field of a command, named by its JSON path. */
    record FieldError(String field, String code, String message) {
    }
}
