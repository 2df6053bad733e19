package io.orderstream.platform.http;

import io.orderstream.platform.codes.FieldCode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.limits.TextChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out of handlers. A request body is one JSON document in UTF-8, sent as {@code application/json};
 * anything else is a 4xx problem: no body {@code missing_body}, another media type {@code unsupported_media_type},
 * bytes that are not UTF-8, bad syntax, a lone surrogate or content after the document {@code malformed_json},
 * a value of the wrong type or an unknown field {@code invalid_json_type}, a number beyond its field's range
 * {@code validation_failed} ({@code out_of_range}).
 */
public final class Json {

    public static final ObjectMapper MAPPER = strict(new ObjectMapper());

    private static ObjectMapper strict(ObjectMapper mapper) {
        // a number where text is expected is a client's mistake, not something to guess about
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }

    private Json() {
    }

    public static <T> T read(ServerRequest request, Class<T> type) {
        if (!request.content().hasEntity()) {
            throw new ProblemException(missingBody());
        }
        JsonMediaType.require(request.headers());
        return parse(utf8(request.content().as(byte[].class)), type);
    }

    /** The body as text; bytes that are not UTF-8 are refused, never replaced. */
    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(malformed("the body is not UTF-8"));
        }
    }

    public static <T> T parse(String body, Class<T> type) {
        JsonNode document = document(body);
        try {
            return MAPPER.treeToValue(document, type);
        } catch (MismatchedInputException e) {
            throw new ProblemException(ProblemCode.INVALID_JSON_TYPE.problem(
                    "Field '" + fieldOf(e) + "' has the wrong type or is not allowed."));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException) {
                throw new ProblemException(outOfRange(fieldOf(e)));
            }
            throw new ProblemException(malformed(e.getOriginalMessage()));
        } catch (InputCoercionException e) {
            throw new ProblemException(outOfRange("(root)"));
        } catch (JsonProcessingException e) {
            throw new ProblemException(malformed(e.getOriginalMessage()));
        }
    }

    private static Problem outOfRange(String field) {
        return ProblemCode.VALIDATION_FAILED.problem("A number is out of its field's range.").withErrors(List.of(
                new FieldProblem(field, FieldCode.OUT_OF_RANGE, "The number is beyond the range this field takes.")));
    }

    /** The one JSON document the body holds, nothing after it, every text in it well-formed Unicode. */
    private static JsonNode document(String body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonNode document = MAPPER.readTree(parser);
            if (document == null || document.isNull() || document.isMissingNode()) {
                throw new ProblemException(missingBody());
            }
            if (parser.nextToken() != null) {
                throw new ProblemException(malformed("there is content after the JSON document"));
            }
            if (hasLoneSurrogate(document)) {
                throw new ProblemException(malformed("a string holds a lone surrogate (not Unicode text)"));
            }
            return document;
        } catch (JsonProcessingException e) {
            throw new ProblemException(malformed(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasLoneSurrogate(JsonNode node) {
        if (node.isTextual()) {
            return hasLoneSurrogate(node.textValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (hasLoneSurrogate(field.getKey()) || hasLoneSurrogate(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (hasLoneSurrogate(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasLoneSurrogate(String text) {
        return TextChecks.hasLoneSurrogate(text);
    }

    private static Problem missingBody() {
        return ProblemCode.MISSING_BODY.problem("The request needs a JSON body.");
    }

    private static Problem malformed(String why) {
        return ProblemCode.MALFORMED_JSON.problem("The body is not valid JSON: " + why);
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(ref -> append(path, ref.getFieldName(), ref.getIndex()));
        return path.isEmpty() ? "(root)" : path.toString();
    }

    private static void append(StringBuilder path, String field, int index) {
        if (field != null) {
            path.append(path.isEmpty() ? "" : ".").append(field);
        } else {
            path.append('[').append(index).append(']');
        }
    }

    public static void send(ServerResponse response, Status status, Object body) {
        response.status(status);
        response.header(HeaderValues.CONTENT_TYPE_JSON);
        response.send(write(body));
    }

    public static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
