package io.orderstream.orderapi.api;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.http.Problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the fields a request body lacks, each by its JSON path. */
final class RequiredFields {

    private final List<FieldProblem> problems = new ArrayList<>();

    RequiredFields require(Object value, String field) {
        if (value == null) {
            missing(field);
        }
        return this;
    }

    /** For an id the client chooses: blank is no id at all. */
    RequiredFields requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            missing(field);
        }
        return this;
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    private void missing(String field) {
        problems.add(new FieldProblem(field, FieldCode.REQUIRED, "This field is required."));
    }
}
