package io.orderstream.platform.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import java.util.Locale;
import java.util.Optional;

/**
 * A request body must say it is JSON in UTF-8: {@code Content-Type: application/json} (or a {@code +json}
 * type), without a charset or with {@code charset=utf-8}. A missing, empty or other Content-Type is a
 * {@code 415 unsupported_media_type}, never a guess.
 */
final class JsonMediaType {

    private JsonMediaType() {
    }

    static void require(Headers headers) {
        if (!isJson(headers.first(HeaderNames.CONTENT_TYPE))) {
            throw new ProblemException(ProblemCode.UNSUPPORTED_MEDIA_TYPE.problem(
                    "Send the body as Content-Type: application/json (UTF-8)."));
        }
    }

    static boolean isJson(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return false;
        }
        String[] parts = contentType.get().split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=") && !unquoted(parameter.substring("charset=".length())).equals("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
