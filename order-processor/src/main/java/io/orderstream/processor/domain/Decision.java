package io.orderstream.processor.domain;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.codes.RejectionCode;
import java.util.List;

/**
 * The decider's answer to a command: the events it causes and whether its client is answered now, or why it is
 * refused.
 */
public sealed interface Decision {

    static Decision accept(Event... events) {
        return new Accepted(List.of(events));
    }

    /** Accepted, but its client is answered later: a create-and-pay, once its charge is settled. */
    static Decision defer(Event... events) {
        return new Deferred(List.of(events));
    }

    static Decision reject(RejectionCode code, String message) {
        return new Rejected(code, message, List.of());
    }

    /** The events to append: none for a refusal, or for a command that changes nothing (again). */
    List<Event> events();

    /** Accepted, and its client is answered so now. */
    record Accepted(List<Event> events) implements Decision {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    /** Accepted; its client's answer waits for what the events ask for (the charge of a create-and-pay). */
    record Deferred(List<Event> events) implements Decision {
        public Deferred {
            events = List.copyOf(events);
        }
    }

    /** Its code is always a member of the catalogue ({@link RejectionCode}): no other can be made. */
    record Rejected(String code, String message, List<FieldError> fieldErrors) implements Decision {
        public Rejected {
            requireCatalogued(RejectionCode.of(code).isPresent(), "rejection", code);
            fieldErrors = List.copyOf(fieldErrors);
        }

        public Rejected(RejectionCode code, String message, List<FieldError> fieldErrors) {
            this(code.code(), message, fieldErrors);
        }

        @Override
        public List<Event> events() {
            return List.of();
        }
    }

    /** One invalid field of a command, named by its JSON path; its code is a member of {@link FieldCode}. */
    record FieldError(String field, String code, String message) {
        public FieldError {
            requireCatalogued(FieldCode.of(code).isPresent(), "field", code);
        }

        public FieldError(String field, FieldCode code, String message) {
            this(field, code.code(), message);
        }
    }

    private static void requireCatalogued(boolean catalogued, String kind, String code) {
        if (!catalogued) {
            throw new IllegalArgumentException("Not a " + kind + " code of the catalogue: " + code);
        }
    }
}
