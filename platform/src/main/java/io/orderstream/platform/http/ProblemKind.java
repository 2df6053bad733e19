package io.orderstream.platform.http;

import java.util.Locale;

/** A catalogued problem code (an enum constant) with its status and title: what every code answers alike. */
public interface ProblemKind {

    /** The enum constant's name, such as {@code MALFORMED_JSON}. */
    String name();

    int status();

    String title();

    /** The code as clients see it, such as {@code malformed_json}. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This problem with the given detail. */
    default Problem problem(String detail) {
        return Problem.of(status(), code(), title(), detail);
    }
}
