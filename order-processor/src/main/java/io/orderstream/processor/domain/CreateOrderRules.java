package io.orderstream.processor.domain;

import io.orderstream.processor.domain.Decision.FieldError;
import io.orderstream.processor.domain.OrderCommand.CreateOrder;
import java.util.ArrayList;
import java.util.List;

/** What makes a basket acceptable. Every broken rule is reported, not only the first. */
final class CreateOrderRules {

    private CreateOrderRules() {
    }

    static List<FieldError> check(CreateOrder command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.lines().isEmpty()) {
            errors.add(new FieldError("lines", "lines_empty", "An order needs at least one line."));
        }
        for (int i = 0; i < command.lines().size(); i++) {
            checkLine("lines[" + i + "]", command.lines().get(i), errors);
        }
        return errors;
    }

    private static void checkLine(String path, OrderLine line, List<FieldError> errors) {
        if (line.sku() == null || line.sku().isBlank()) {
            errors.add(new FieldError(path + ".sku", "sku_blank", "The SKU must not be blank."));
        }
        if (line.quantity() < 1) {
            errors.add(new FieldError(path + ".quantity", "quantity_out_of_range", "The quantity must be at least 1."));
        }
        if (line.unitPrice() <= 0) {
            errors.add(new FieldError(path + ".unitPrice", "unit_price_not_positive", "The unit price must be positive."));
        }
    }
}
