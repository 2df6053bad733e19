package io.orderstream.platform.http;

import io.helidon.webserver.http.ServerRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's query parameters, decoded strictly: a {@code %} not followed by two hex digits, or escapes that
 * are not UTF-8, make the whole query a {@code 400 invalid_query} instead of a failure or replaced characters.
 * {@code +} is a space, as in forms.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Map<String, List<String>> of(ServerRequest request) {
        return parse(request.query().rawValue());
    }

    public static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); ) {
            int c = encoded.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw unreadable();
                }
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 3;
            } else {
                if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                    throw unreadable();
                }
                bytes.writeBytes((c == '+' ? " " : Character.toString(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw unreadable();
        }
    }

    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        if (digit < 0) {
            throw unreadable();
        }
        return digit;
    }

    private static ProblemException unreadable() {
        return new ProblemException(ProblemCode.INVALID_QUERY.problem(
                "The query is not well-formed: every % is followed by two hex digits of UTF-8."));
    }
}
