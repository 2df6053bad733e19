package io.orderstream.billing.cli;

import io.orderstream.billing.domain.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --name value} and {@code --name=value} options of one command; an unknown, repeated or valueless option is a
 * usage error naming it.
 */
final class CliOptions {

    private final String command;
    private final Map<String, String> values;

    private CliOptions(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    static CliOptions parse(String command, List<String> arguments, Set<String> known) {
        var values = new HashMap<String, String>();
        for (int index = 0; index < arguments.size(); index++) {
            String argument = arguments.get(index);
            if (!argument.startsWith("--")) {
                throw CliException.usage(command + ": unexpected argument '" + argument + "'");
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
            if (!known.contains(name)) {
                throw CliException.usage(command + ": unknown option --" + name);
            }
            String value;
            if (equals >= 0) {
                value = argument.substring(equals + 1);
            } else if (index + 1 < arguments.size() && !arguments.get(index + 1).startsWith("--")) {
                value = arguments.get(++index);
            } else {
                throw CliException.usage(command + ": --" + name + " needs a value");
            }
            if (values.put(name, value) != null) {
                throw CliException.usage(command + ": --" + name + " is given twice");
            }
        }
        return new CliOptions(command, values);
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} without the option. */
    int integer(String name, int absent, int min, int max) {
        String value = values.get(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip().replace("_", ""));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the usage error below
        }
        throw CliException.usage(command + ": --" + name + " must be a whole number from " + min + " to " + max + ", not '"
                + value + "'");
    }

    Optional<Period> period(String name) {
        String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Period.parse(value.strip())
                .orElseThrow(() -> CliException.usage(command + ": --" + name + " must be a month, YYYY-MM, not '" + value + "'")));
    }
}
