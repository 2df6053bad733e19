package io.orderstream.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orderstream.systemtests.RawHttp.Request;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Malformed requests to order-api, drawn from a seeded {@link Random}: the same seed gives the same requests.
 * Each kind is a shape a careless or hostile client sends: random bytes, truncated JSON, wrong types, huge
 * strings (bodies up to 1 MB), control characters and lone surrogates in every string field, bytes that are
 * not UTF-8, trailing content, huge numbers, deep nesting, bad ids in every path, bad query parameters, bad
 * headers (Content-Type, Idempotency-Key), empty bodies, unknown fields and methods.
 */
final class MalformedRequests {

    /** The largest body sent: under order-api's 1 MiB limit, so every body is read and judged. */
    static final int MAX_BODY = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "Content-Type: application/json";
    private static final List<String> BAD_IDS = List.of("%00", "a%00b", "%", "%zz", "%4", "%C3", "%E9", "%ED%A0%80",
            "%FF%FE", "%0A", "%7F", "%C2%85", "a%2Fb", "%2e%2e", "..", "x".repeat(65), "y".repeat(1000),
            "z".repeat(7000), "%F0%9F%98%80", "caf%C3%A9", "a%20b", "a+b", "%25", "%3Cscript%3E", "'%20OR%201=1--");
    private static final List<String> BAD_QUERIES = List.of("customerEmail=%", "customerEmail=%0", "customerEmail=%G0",
            "customerEmail=a%00b@x.com", "customerEmail=a@b.com%07", "customerEmail=" + "e".repeat(300) + "@x.com",
            "customerEmail=" + "e".repeat(6000), "customerEmail=%FF", "customerEmail=%C3%28", "customerEmail=%ED%A0%80",
            "customerEmail=a@b.com&limit=-1", "customerEmail=a@b.com&limit=0", "customerEmail=a@b.com&limit=101",
            "customerEmail=a@b.com&limit=99999999999999999999", "customerEmail=a@b.com&limit=abc",
            "customerEmail=a@b.com&limit=%00", "customerEmail=a@b.com&status=FOO", "customerEmail=a@b.com&status=",
            "customerEmail=a@b.com&status=PENDING_PAYMENT", "customerEmail=a@b.com&status=%00",
            "customerEmail=a@b.com&after=garbage", "customerEmail=a@b.com&after=%00", "customerEmail=a@b.com&after="
                    + Base64.getUrlEncoder().encodeToString("2026-01-01T00:00:00Z|a\u0000b".getBytes(StandardCharsets.UTF_8)),
            "customerEmail=a@b.com&after=" + Base64.getUrlEncoder().encodeToString(("2026-01-01T00:00:00Z|"
                    + "o".repeat(5000)).getBytes(StandardCharsets.UTF_8)),
            "customerEmail=a@b.com&customerEmail=c@d.com", "%=%", "&&&", "=", "customerEmail", "customerEmail=",
            "customerEmail=+", "status=PAID", "limit=5", "customerEmail=a@b.com&" + "x=1&".repeat(2000));
    private static final List<String> BAD_CONTENT_TYPES = List.of("Content-Type:", "Content-Type: ", "Content-Type: ;",
            "Content-Type: text/plain", "Content-Type: application/json; charset=iso-8859-1",
            "Content-Type: application/xml", "Content-Type: multipart/form-data; boundary=x", "Content-Type: /",
            "Content-Type: application/", "Content-Type: application/json, text/plain", "Content-Type: ;;;",
            "Content-Type: application/json; charset=", "Content-Type: application/json; charset=\"",
            "Content-Type: \u00e9/json", "Content-Type: application/x-www-form-urlencoded");
    private static final List<String> BAD_KEYS = List.of("Idempotency-Key:", "Idempotency-Key: ",
            "Idempotency-Key: " + "k".repeat(256), "Idempotency-Key: " + "k".repeat(9000), "Idempotency-Key: a b",
            "Idempotency-Key: a\tb", "Idempotency-Key: caf\u00e9", "Idempotency-Key: \u00ff\u00fe",
            "Idempotency-Key: %00", "Idempotency-Key: k1\r\nIdempotency-Key: k2");
    private static final List<String> BAD_HEADERS = List.of("No-Colon-Header", ": no-name", "X-Long: " + "h".repeat(20_000),
            "X-Bytes: \u00ff\u0080", "Content-Length: abc", "Expect: something",
            " Folded: header", "X\u0000: nul");
    private static final List<String> TRAILING = List.of("}", "{}", "x", "[]", "\"a\"", "1", ",", "]", "null", "{",
            "\u0000", "//comment", "/* */");
    private static final List<String> NUMBERS = List.of("99999999999999999999", "-99999999999999999999", "1e400",
            "-1e400", "1.5", "-0", "1E2", "0x10", "NaN", "Infinity", "-Infinity", "9223372036854775808",
            "-9223372036854775809", "2147483648", "-2147483649", "01", "1.", ".5", "+1", "1e-400",
            "9".repeat(1000), "9".repeat(5000), "0." + "0".repeat(900) + "1");
    private static final List<String> STRING_CHARS = List.of("a", "\u00e9", "\u20ac", "\uD83D\uDE00");

    private final Random random;
    private final String orderId;
    private final String cancelledOrderId;
    private final List<Function<Random, Request>> kinds = List.of(
            this::randomBytes, this::truncated, this::wrongType, this::hugeString, this::controlCharacter,
            this::loneSurrogate, this::notUtf8, this::trailing, this::hugeNumber, this::deepNesting, this::badPathId,
            this::badQuery, this::badContentType, this::badIdempotencyKey, this::badHeader, this::emptyBody,
            this::unknownField, this::otherMethod);

    /**
     * @param orderId an order that exists, so that payments are judged on their bodies
     * @param cancelledOrderId another, for the cancels: a body that happens to be valid cancels it
     */
    MalformedRequests(long seed, String orderId, String cancelledOrderId) {
        this.random = new Random(seed);
        this.orderId = orderId;
        this.cancelledOrderId = cancelledOrderId;
    }

    List<Request> next(int count) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(kinds.get(random.nextInt(kinds.size())).apply(random));
        }
        return requests;
    }

    // ---- the documents and where they go

    private record Target(String path, ObjectNode document) {
    }

    private Target target(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new Target("/orders", order(r));
            case 1 -> new Target("/orders/" + orderId + "/payments", payment(r));
            default -> new Target("/orders/" + cancelledOrderId + "/cancel",
                    NODES.objectNode().put("reason", "changed my mind"));
        };
    }

    private static ObjectNode order(Random r) {
        ObjectNode order = NODES.objectNode().put("customerEmail", "fuzz@shop.example").put("currency", "EUR");
        ArrayNode lines = order.putArray("lines");
        for (int i = 0; i <= r.nextInt(3); i++) {
            lines.addObject().put("sku", "SKU-" + i).put("name", "Mug " + i).put("quantity", 1 + r.nextInt(5))
                    .put("unitPrice", 100 + r.nextInt(5000));
        }
        if (r.nextBoolean()) {
            order.put("payNow", true).put("paymentMethod", "pm_card_visa");
        }
        return order;
    }

    private static ObjectNode payment(Random r) {
        return NODES.objectNode().put("paymentId", "p-" + r.nextInt(1000)).put("amount", 1 + r.nextInt(100));
    }

    /** Every object holding a field of the given kind (text or number), with the field's name. */
    private record Slot(ObjectNode holder, String field) {
    }

    private static List<Slot> slots(JsonNode node, boolean text, List<Slot> found) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(entry -> {
                if (text ? entry.getValue().isTextual() : entry.getValue().isNumber()) {
                    found.add(new Slot(object, entry.getKey()));
                }
                slots(entry.getValue(), text, found);
            });
        } else if (node.isArray()) {
            node.forEach(element -> slots(element, text, found));
        }
        return found;
    }

    private static Slot anySlot(Random r, ObjectNode document, boolean text) {
        List<Slot> found = slots(document, text, new ArrayList<>());
        return found.isEmpty() ? null : found.get(r.nextInt(found.size()));
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String text(JsonNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Request post(String kind, String path, List<String> headers, byte[] body) {
        return new Request(kind, "POST", path, headers, body);
    }

    private static Request postJson(String kind, String path, byte[] body) {
        return post(kind, path, List.of(JSON_TYPE), body);
    }

    /** The document with a marker value in one text field, the marker then replaced by raw JSON text. */
    private static String withRawValue(Random r, Target target, boolean textSlot, String rawJson) {
        Slot slot = anySlot(r, target.document(), textSlot);
        if (slot == null) {
            return text(target.document()) + rawJson;
        }
        slot.holder().put(slot.field(), "@@MARK@@");
        return text(target.document()).replace("\"@@MARK@@\"", rawJson);
    }

    // ---- the kinds

    private Request randomBytes(Random r) {
        byte[] body = new byte[r.nextInt(3000)];
        r.nextBytes(body);
        return postJson("random bytes", target(r).path(), body);
    }

    private Request truncated(Random r) {
        String whole = text(target(r).document());
        return postJson("truncated", target(r).path(), utf8(whole.substring(0, 1 + r.nextInt(whole.length() - 1))));
    }

    private Request wrongType(Random r) {
        Target target = target(r);
        List<String> others = List.of("1", "-1", "1.5", "true", "false", "null", "[]", "{}", "\"text\"", "[1,2]",
                "{\"a\":1}", "\"\"");
        boolean text = r.nextBoolean();
        return postJson("wrong type", target.path(), utf8(withRawValue(r, target, text, pick(r, others))));
    }

    private Request hugeString(Random r) {
        Target target = target(r);
        Slot slot = anySlot(r, target.document(), true);
        String unit = pick(r, STRING_CHARS);
        int bytesPerUnit = unit.getBytes(StandardCharsets.UTF_8).length;
        int length = pick(r, List.of(65, 201, 255, 256, 501, 5_000, 100_000, 600_000, MAX_BODY));
        int fits = (MAX_BODY - 1_000) / bytesPerUnit;
        slot.holder().put(slot.field(), unit.repeat(Math.min(length, fits)));
        return postJson("huge string", target.path(), utf8(text(target.document())));
    }

    private Request controlCharacter(Random r) {
        Target target = target(r);
        Slot slot = anySlot(r, target.document(), true);
        int c = r.nextBoolean() ? r.nextInt(0x20) : 0x7F + r.nextInt(0x21);
        String value = slot.holder().get(slot.field()).asText();
        int at = r.nextInt(value.length() + 1);
        slot.holder().put(slot.field(), value.substring(0, at) + (char) c + value.substring(at));
        String body = text(target.document()); // Jackson escapes it: \u0000 and kin
        if (r.nextInt(4) == 0) { // or sent raw, which JSON does not allow
            body = body.replace(String.format("\\u%04X", c), String.valueOf((char) c))
                    .replace(String.format("\\u%04x", c), String.valueOf((char) c));
        }
        return postJson("control character U+" + String.format("%04X", c), target.path(), utf8(body));
    }

    private Request loneSurrogate(Random r) {
        Target target = target(r);
        String escape = pick(r, List.of("\\ud800", "\\udfff", "\\udc00x", "x\\ud83d", "\\ude00\\ud83d"));
        return postJson("lone surrogate", target.path(), utf8(withRawValue(r, target, true, "\"a" + escape + "\"")));
    }

    private Request notUtf8(Random r) {
        Target target = target(r);
        byte[] bytes = utf8(text(target.document()));
        var out = new ByteArrayOutputStream();
        int at = 1 + r.nextInt(bytes.length - 2);
        out.write(bytes, 0, at);
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC3}, {(byte) 0xE9}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        out.writeBytes(bad[r.nextInt(bad.length)]);
        out.write(bytes, at, bytes.length - at);
        return postJson("not UTF-8", target.path(), out.toByteArray());
    }

    private Request trailing(Random r) {
        Target target = target(r);
        return postJson("trailing content", target.path(), utf8(text(target.document()) + pick(r, TRAILING)));
    }

    private Request hugeNumber(Random r) {
        Target target = target(r);
        return postJson("huge number", target.path(), utf8(withRawValue(r, target, r.nextInt(4) > 0, pick(r, NUMBERS))));
    }

    private Request deepNesting(Random r) {
        int depth = pick(r, List.of(100, 999, 1001, 5000, 50_000, 400_000));
        String nested = r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        Target target = target(r);
        String body = r.nextBoolean() ? nested : withRawValue(r, target, r.nextBoolean(), nested);
        return postJson("deep nesting " + depth, target.path(), utf8(body.substring(0, Math.min(body.length(), MAX_BODY))));
    }

    private Request badPathId(Random r) {
        String id = pick(r, BAD_IDS);
        return switch (r.nextInt(5)) {
            case 0 -> new Request("bad path id", "GET", "/orders/" + id, List.of(), new byte[0]);
            case 1 -> new Request("bad path id", "GET", "/orders/" + id + "/events", List.of(), new byte[0]);
            case 2 -> new Request("bad path id", "GET", "/commands/" + id, List.of(), new byte[0]);
            case 3 -> postJson("bad path id", "/orders/" + id + "/payments", utf8(text(payment(r))));
            default -> postJson("bad path id", "/orders/" + id + "/cancel", utf8("{\"reason\":\"x\"}"));
        };
    }

    private Request badQuery(Random r) {
        String query = pick(r, BAD_QUERIES);
        if (r.nextInt(3) == 0) {
            query = query + "&" + pick(r, BAD_QUERIES);
        }
        return new Request("bad query", "GET", "/orders?" + query, List.of(), new byte[0]);
    }

    private Request badContentType(Random r) {
        Target target = target(r);
        List<String> headers = new ArrayList<>();
        String contentType = pick(r, BAD_CONTENT_TYPES);
        if (r.nextInt(8) > 0) {
            headers.add(contentType);
        }
        return post("bad content type", target.path(), headers, utf8(text(target.document())));
    }

    private Request badIdempotencyKey(Random r) {
        Target target = target(r);
        return post("bad Idempotency-Key", target.path(), List.of(JSON_TYPE, pick(r, BAD_KEYS)),
                utf8(text(target.document())));
    }

    private Request badHeader(Random r) {
        boolean get = r.nextBoolean();
        String header = pick(r, BAD_HEADERS);
        return get ? new Request("bad header", "GET", "/orders/" + orderId, List.of(header), new byte[0])
                : post("bad header", target(r).path(), List.of(JSON_TYPE, header), utf8(text(payment(r))));
    }

    private Request emptyBody(Random r) {
        String body = pick(r, List.of("", " ", "\r\n", "null", "[]", "\"text\"", "{}", "0", "true", "\uFEFF{}"));
        return postJson("empty body", target(r).path(), utf8(body));
    }

    private Request unknownField(Random r) {
        Target target = target(r);
        String body = text(target.document());
        String extra = r.nextBoolean() ? "\"unknown\":1," : "\"" + target.document().fieldNames().next() + "\":\"again\",";
        return postJson("unknown or repeated field", target.path(), utf8("{" + extra + body.substring(1)));
    }

    private Request otherMethod(Random r) {
        String method = pick(r, List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO", "GET"));
        String path = pick(r, List.of("/orders", "/orders/" + orderId, "/orders/" + orderId + "/payments",
                "/commands/x", "/nowhere", "/orders/" + orderId + "/cancel/more", "/", "//orders", "/orders/"));
        return new Request("other method", method, path, List.of(JSON_TYPE), utf8("{}"));
    }
}
