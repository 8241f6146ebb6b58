package kr.policy.checker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import kr.policy.checker.fuzz.ApiDocument.Operation;
import kr.policy.checker.fuzz.ApiDocument.Param;

/**
 * Requests for one operation of the API document, from one seeded {@link Random}: a valid request built from the
 * operation's example or its schema, then (often) one thing broken that the document says may not be — a field of the
 * wrong type, a date that is not a {@code YYYY-MM-DD} day, a number out of its bounds, a text over its length, an
 * unknown enum value, a missing required field, a field or query parameter the operation does not know — or the
 * request itself broken (malformed JSON, another media type, no key). Each request says what the service must answer.
 * Everything comes from one seeded {@link Random}, so a seed replays a run request for request.
 */
final class RequestGenerator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Bodies with every non-ASCII character escaped: a lone surrogate reaches the service as \\ud800, not "?". */
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = new com.fasterxml.jackson.databind
            .ObjectMapper().writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII);
    static final String UNKNOWN = "fuzzUnknownField";

    /** What the answer must be. */
    enum Expect {
        /** A request the document allows: any answer but a 5xx (a refusal for the law's own reasons is fine). */
        ANYTHING_BUT_5XX,
        /** A request the document forbids: a 4xx problem; a 400 names {@code field}. */
        REFUSED,
        /** A batch whose case {@code slot} the document forbids: 200, with a problem naming the field in that slot. */
        SLOT_REFUSED
    }

    record Request(Operation operation, String method, String path, Map<String, String> query,
                   Map<String, String> headers, byte[] body, Expect expect, String field, int slot, String what) {
        @Override
        public String toString() {
            StringBuilder q = new StringBuilder();
            query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(v));
            return method + " " + path + q + " " + headers + (body == null ? "" : " body="
                    + new String(body, StandardCharsets.UTF_8)) + " — " + what + " → expect " + expect
                    + (field == null ? "" : " naming " + field) + (slot >= 0 ? " in slot " + slot : "");
        }
    }

    private final ApiDocument doc;
    private final Random random;
    private final String adminKey;
    private final String version;
    /** Ids the service has given out, by the collection they belong to (permit-cases, evaluations, ...). */
    private final Map<String, List<String>> ids;

    private final LocalDate today;

    RequestGenerator(ApiDocument doc, Random random, String adminKey, String version, Map<String, List<String>> ids,
                     LocalDate today) {
        this.today = today;
        this.doc = doc;
        this.random = random;
        this.adminKey = adminKey;
        this.version = version;
        this.ids = ids;
    }

    Request request(Operation op) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-API-Key", adminKey);
        headers.put("Accept-Language", pick("ko", "en", "en-US,en;q=0.9", "ko-KR"));
        Map<String, String> query = new LinkedHashMap<>();
        String path = fillPath(op);
        for (Param p : op.params()) {
            if (p.in().equals("query") && (p.required() || random.nextInt(3) == 0)) {
                query.put(p.name(), text(valid(p.schema(), p.name(), 0)));
            }
        }
        JsonNode body = op.body() == null ? null : validBody(op);
        int roll = random.nextInt(100);
        if (roll < 40) {
            return build(op, path, query, headers, body, Expect.ANYTHING_BUT_5XX, null, -1, "valid");
        }
        if (roll < 85) {
            Request broken = brokenValue(op, path, query, headers, body);
            if (broken != null) {
                return broken;
            }
        }
        return brokenRequest(op, path, query, headers, body);
    }

    // ------------------------------------------------------------------ one value the document forbids

    private Request brokenValue(Operation op, String path, Map<String, String> query, Map<String, String> headers,
                                JsonNode body) {
        List<Param> queryParams = op.params().stream().filter(p -> p.in().equals("query")).toList();
        boolean inQuery = body == null || !queryParams.isEmpty() && random.nextInt(4) == 0;
        if (inQuery) {
            if (queryParams.isEmpty() || random.nextInt(5) == 0) {
                query.put(UNKNOWN, "1");
                return build(op, path, query, headers, body, Expect.REFUSED, UNKNOWN, -1, "unknown parameter");
            }
            Param p = queryParams.get(random.nextInt(queryParams.size()));
            JsonNode bad = invalid(p.schema(), true);
            if (bad == null) {
                return null;
            }
            query.put(p.name(), text(bad));
            return build(op, path, query, headers, body, Expect.REFUSED, p.name(), -1, "parameter " + p.name());
        }
        List<Spot> spots = new ArrayList<>();
        spots(body, op.body(), "", spots, true);
        if (spots.isEmpty()) {
            return null;
        }
        Spot spot = spots.get(random.nextInt(spots.size()));
        JsonNode copy = body.deepCopy();
        String what = spot.apply(copy, this);
        if (what == null) {
            return null;
        }
        // a batch answers a broken case in that case's slot, not for the whole batch
        if (spot.path.startsWith("cases[")) {
            int close = spot.path.indexOf(']');
            int slot = Integer.parseInt(spot.path.substring(6, close));
            String inCase = spot.field().substring(close + 1);
            return build(op, path, query, headers, copy, Expect.SLOT_REFUSED,
                    inCase.startsWith(".") ? inCase.substring(1) : inCase, slot, what);
        }
        return build(op, path, query, headers, copy, Expect.REFUSED, spot.field(), -1, what);
    }

    /** A place in a body where one thing can be broken: a property (given or not) or an item. */
    private record Spot(String path, ObjectNode parent, String property, JsonNode schema, boolean required,
                        boolean unknown) {
        String field() {
            return unknown ? (path.isEmpty() ? UNKNOWN : path + "." + UNKNOWN) : path;
        }

        String apply(JsonNode root, RequestGenerator g) {
            JsonNode located = path.isEmpty() ? root : locate(root, unknown ? path : parentPath());
            if (!(located instanceof ObjectNode target)) {
                return null;
            }
            if (unknown) {
                target.put(UNKNOWN, "x");
                return "unknown field at " + field();
            }
            int roll = g.random.nextInt(10);
            if (required && roll == 0) {
                target.remove(property);
                return "required " + path + " left out";
            }
            if (required && roll == 1 && !g.doc.types(schema).contains("null")) {
                target.putNull(property);
                return "required " + path + " null";
            }
            JsonNode bad = g.invalid(schema, false);
            if (bad == null) {
                return null;
            }
            target.set(property, bad);
            return path + " = " + bad;
        }

        private String parentPath() {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? "" : path.substring(0, dot);
        }
    }

    private static JsonNode locate(JsonNode root, String path) {
        JsonNode n = root;
        if (path.isEmpty()) {
            return n;
        }
        for (String part : path.split("\\.")) {
            String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            n = n.get(name);
            if (part.contains("[")) {
                n = n == null ? null : n.get(Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1)));
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** Every property and nested object of {@code value} (following {@code schema}) where one thing can break. */
    private void spots(JsonNode value, JsonNode schema, String path, List<Spot> out, boolean top) {
        JsonNode s = objectSchema(schema);
        if (s == null || !(value instanceof ObjectNode object)) {
            return;
        }
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        JsonNode props = s.path("properties");
        if (props.size() > 0 && !s.path("additionalProperties").isObject()
                && !s.path("additionalProperties").asBoolean(false)) {
            out.add(new Spot(path, object, null, null, false, true));
        }
        props.fields().forEachRemaining(p -> {
            String name = p.getKey();
            String at = path.isEmpty() ? name : path + "." + name;
            JsonNode propSchema = doc.resolve(p.getValue());
            out.add(new Spot(at, object, name, propSchema, required.contains(name), false));
            JsonNode given = object.get(name);
            JsonNode inner = doc.nonNull(propSchema);
            if (given != null && given.isObject()) {
                spots(given, inner, at, out, false);
            } else if (given != null && given.isArray() && inner.has("items")) {
                for (int i = 0; i < given.size(); i++) {
                    spots(given.get(i), inner.get("items"), at + "[" + i + "]", out, false);
                }
            }
        });
    }

    /** An object schema with allOf branches merged (a new case is its header and its domain's fields). */
    private JsonNode objectSchema(JsonNode schema) {
        JsonNode s = doc.nonNull(schema);
        if (!s.has("allOf")) {
            return s.has("properties") ? s : null;
        }
        ObjectNode merged = JSON.objectNode();
        ObjectNode props = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        for (JsonNode branch : s.get("allOf")) {
            JsonNode b = doc.resolve(branch);
            b.path("properties").fields().forEachRemaining(p -> props.set(p.getKey(), p.getValue()));
            b.path("required").forEach(required::add);
        }
        return merged;
    }

    /**
     * A value the schema forbids; null when none is known for it. {@code asText}: it will travel as a query
     * parameter, so only text that does not read as a valid value counts.
     */
    JsonNode invalid(JsonNode schema, boolean asText) {
        JsonNode s = doc.nonNull(schema);
        java.util.Set<String> types = doc.types(schema);
        List<JsonNode> options = new ArrayList<>();
        if (!types.contains("any") && !asText) {
            if (!types.contains("string")) {
                options.add(JSON.textNode("7"));
            }
            if (!types.contains("object")) {
                options.add(JSON.objectNode().put("a", 1));
            }
            if (!types.contains("array") && !types.contains("object")) {
                options.add(JSON.arrayNode().add(1));
            }
            if (!types.contains("boolean")) {
                options.add(JSON.booleanNode(true));
            }
            if (!types.contains("integer") && !types.contains("number")) {
                options.add(JSON.numberNode(12));
            }
        }
        List<String> enums = ApiDocument.enumValues(s);
        String format = s.path("format").asText("");
        if (!enums.isEmpty()) {
            options.add(JSON.textNode("NOT_A_VALUE"));
            String lower = enums.get(0).toLowerCase(java.util.Locale.ROOT);
            if (!enums.contains(lower)) {
                options.add(JSON.textNode(lower));
            }
            options.add(JSON.textNode(" " + enums.get(0)));
        } else if (format.equals("date")) {
            for (String bad : List.of("2024-03-04T23:59:59Z", "2024-03-04T00:00:00", "2024-03-04T15:30:30.123Z",
                    "+10000-01-01", "0000-01-01", "2024-02-30", "2023-02-29", "2024-3-4", " 2024-03-04",
                    "2024-03-04 ", "", "20240304", "2024/03/04", "yesterday", "２０２４-03-04")) {
                options.add(JSON.textNode(bad));
            }
        } else if (types.contains("integer") || types.contains("number")) {
            boolean integer = !types.contains("number");
            BigDecimal min = ApiDocument.bound(s, "minimum");
            BigDecimal max = ApiDocument.bound(s, "maximum");
            BigDecimal exclusiveMin = ApiDocument.bound(s, "exclusiveMinimum");
            if (min != null) {
                options.add(number(min.subtract(integer ? BigDecimal.ONE : new BigDecimal("0.01")), asText));
            }
            if (exclusiveMin != null) {
                options.add(number(exclusiveMin, asText));
            }
            if (max != null) {
                options.add(number(max.add(integer ? BigDecimal.ONE : new BigDecimal("0.01")), asText));
            }
            if (integer) {
                options.add(number(new BigDecimal("1.5"), asText));
                options.add(number(new BigDecimal("99999999999999999999999"), asText));
            }
            if (asText) {
                options.add(JSON.textNode("five"));
                options.add(JSON.textNode(" 5"));
                options.add(JSON.textNode("+5"));
                options.add(JSON.textNode(""));
            }
        } else if (types.contains("boolean") && asText) {
            options.add(JSON.textNode("yes"));
            options.add(JSON.textNode("TRUE"));
            options.add(JSON.textNode(""));
        } else if (types.contains("string")) {
            int max = s.path("maxLength").asInt(-1);
            if (max >= 0) {
                options.add(JSON.textNode("x".repeat(max + 1)));
            }
            int min = s.path("minLength").asInt(0);
            if (min > 1) {
                options.add(JSON.textNode("x".repeat(min - 1)));
            }
            if (!asText) {
                options.add(JSON.textNode("bad\u0000text"));
                options.add(JSON.textNode("half \ud800 pair"));
            }
            if (s.has("pattern") && s.path("pattern").asText().startsWith("^")) {
                // a text its pattern refuses: punctuation, else spaces around a word
                java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(s.path("pattern").asText());
                options.add(JSON.textNode(pattern.matcher("!!").find() ? " x " : "!!"));
            }
            if (s.path("pattern").asText().equals("\\S")) {
                options.add(JSON.textNode("   "));
            }
        }
        if (s.has("items") && !asText) {
            JsonNode items = doc.resolve(s.get("items"));
            if (!doc.types(items).contains("null") && !doc.types(items).contains("any")) {
                options.add(JSON.arrayNode().addNull());
            }
            if (s.has("maxItems")) {
                ArrayNode many = JSON.arrayNode();
                for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                    many.add(valid(items, "", 1));
                }
                options.add(many);
            }
            if (s.path("minItems").asInt(0) > 0) {
                options.add(JSON.arrayNode());
            }
        }
        return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }

    private static JsonNode number(BigDecimal n, boolean asText) {
        return asText ? JSON.textNode(n.toPlainString()) : JSON.numberNode(n);
    }

    // ------------------------------------------------------------------ the request itself broken

    private Request brokenRequest(Operation op, String path, Map<String, String> query, Map<String, String> headers,
                                  JsonNode body) {
        int roll = random.nextInt(op.body() == null ? 3 : 9);
        switch (roll) {
            case 0 -> {
                headers.put("X-API-Key", "not-a-key-" + random.nextInt(1000));
                return build(op, path, query, headers, body, Expect.REFUSED, null, -1, "unknown key");
            }
            case 1 -> {
                headers.remove("X-API-Key");
                return build(op, path, query, headers, body,
                        op.keyRequired() ? Expect.REFUSED : Expect.ANYTHING_BUT_5XX, null, -1, "no key");
            }
            case 2 -> {
                headers.put("Accept", pick("text/html", "application/xml", "image/png"));
                return build(op, path, query, headers, body, Expect.ANYTHING_BUT_5XX, null, -1, "odd Accept");
            }
            default -> {
                String text = new String(bytes(body), StandardCharsets.UTF_8);
                String broken = switch (roll) {
                    case 3 -> text.substring(0, text.length() / 2);
                    case 4 -> text + " {}";
                    case 5 -> "[" + text + "]";
                    case 6 -> text.replaceFirst("\\{", "{\"a\": 1, \"a\": 2, ");
                    case 7 -> "";
                    default -> null;
                };
                if (broken == null) {
                    headers.put("Content-Type", pick("text/plain", "application/xml", "application/x-www-form-urlencoded"));
                    return new Request(op, op.method(), path, query, headers, text.getBytes(StandardCharsets.UTF_8),
                            Expect.REFUSED, null, -1, "body of another media type");
                }
                return new Request(op, op.method(), path, query, headers, broken.getBytes(StandardCharsets.UTF_8),
                        Expect.REFUSED, null, -1, "malformed body");
            }
        }
    }

    private Request build(Operation op, String path, Map<String, String> query, Map<String, String> headers,
                          JsonNode body, Expect expect, String field, int slot, String what) {
        return new Request(op, op.method(), path, query, headers,
                body == null ? null : bytes(body), expect, field, slot, what);
    }

    // ------------------------------------------------------------------ valid values

    private JsonNode validBody(Operation op) {
        if (op.example() != null && random.nextInt(10) < 7) {
            return op.example().deepCopy();
        }
        return valid(op.body(), "", 0);
    }

    /** A value the schema allows (for a property named {@code name}, whose meaning some names tell). */
    JsonNode valid(JsonNode schema, String name, int depth) {
        JsonNode special = special(name);
        if (special != null) {
            return special;
        }
        JsonNode merged = objectSchema(schema);
        JsonNode s = doc.nonNull(schema);
        if (merged != null) {
            ObjectNode out = JSON.objectNode();
            List<String> required = new ArrayList<>();
            merged.path("required").forEach(r -> required.add(r.asText()));
            merged.path("properties").fields().forEachRemaining(p -> {
                if (required.contains(p.getKey()) || depth < 3 && random.nextBoolean()) {
                    out.set(p.getKey(), valid(p.getValue(), p.getKey(), depth + 1));
                }
            });
            return out;
        }
        java.util.Set<String> types = doc.types(schema);
        List<String> enums = ApiDocument.enumValues(s);
        if (!enums.isEmpty()) {
            return JSON.textNode(enums.get(random.nextInt(enums.size())));
        }
        if (s.path("format").asText("").equals("date")) {
            return JSON.textNode(date());
        }
        if (types.contains("integer") || types.contains("number")) {
            BigDecimal min = ApiDocument.bound(s, "minimum");
            BigDecimal exclusive = ApiDocument.bound(s, "exclusiveMinimum");
            BigDecimal max = ApiDocument.bound(s, "maximum");
            long lo = min != null ? min.longValue() : exclusive != null ? exclusive.longValue() + 1 : 0;
            long hi = max != null ? Math.min(max.longValue(), lo + 1000) : lo + 1000;
            // the bounds themselves a fifth of the time: where an off-by-one would show
            int roll = random.nextInt(10);
            long n = roll == 0 ? lo : roll == 1 && max != null ? max.longValue()
                    : lo + (long) (random.nextDouble() * (Math.max(lo, hi) - lo + 1));
            return JSON.numberNode(n);
        }
        if (types.contains("boolean")) {
            return JSON.booleanNode(random.nextBoolean());
        }
        if (types.contains("array")) {
            ArrayNode out = JSON.arrayNode();
            int n = Math.max(s.path("minItems").asInt(0), random.nextInt(3));
            for (int i = 0; i < n; i++) {
                out.add(valid(s.path("items"), "", depth + 1));
            }
            return out;
        }
        if (types.contains("string")) {
            int max = s.path("maxLength").asInt(40);
            int min = Math.max(1, s.path("minLength").asInt(1));
            // at its longest now and then (where a column could be too short), else short: Latin, Hangul, an emoji
            int length = random.nextInt(8) == 0 ? max : min + random.nextInt(Math.max(1, Math.min(max, 30) - min + 1));
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                int roll = random.nextInt(20);
                if (roll == 0 && text.length() + 2 <= length) {
                    text.appendCodePoint(0x1F3ED); // a factory, outside the BMP: two chars, one code point
                } else {
                    text.append(roll < 8 ? (char) ('a' + random.nextInt(26)) : roll < 18
                            ? (char) ('가' + random.nextInt('힣' - '가' + 1)) : ' ');
                }
            }
            String value = text.toString();
            boolean refused = s.has("pattern")
                    && !java.util.regex.Pattern.compile(s.path("pattern").asText()).matcher(value).find();
            return JSON.textNode(value.isBlank() || refused ? "x".repeat(min) : value);
        }
        return JSON.objectNode();
    }

    /** Values whose form the document states only in words (a region, an industry code, a URL), by field name. */
    private JsonNode special(String name) {
        return switch (name) {
            case "siteRegion" -> JSON.textNode(pick("경기도", "서울", "41", "부산광역시", "Gyeonggi", "전북"));
            case "overseasKsic", "domesticKsic" -> JSON.textNode(pick("C26110", "26110", "C29", "C2612"));
            case "url" -> JSON.textNode("http://127.0.0.1:9/hook");
            case "secret" -> JSON.textNode("fuzz-secret-0123456789");
            case "username" -> JSON.textNode("fuzz_" + Integer.toHexString(random.nextInt()));
            case "password" -> JSON.textNode("fuzz-password-123");
            case "organization" -> JSON.textNode(pick("fuzz-org-a", "fuzz-org-b"));
            case "base", "restore", "from", "to" -> JSON.textNode(version);
            case "year" -> JSON.numberNode(today.getYear() - 1 + random.nextInt(4));
            case "page" -> JSON.numberNode(random.nextInt(3));
            default -> null;
        };
    }

    /** A day of the two years before the service's today, now and then one after it (a date in the future). */
    private String date() {
        return random.nextInt(5) == 0 ? today.plusDays(1 + random.nextInt(400)).toString()
                : today.minusDays(random.nextInt(730)).toString();
    }

    private String fillPath(Operation op) {
        String path = op.path();
        for (Param p : op.params()) {
            if (!p.in().equals("path")) {
                continue;
            }
            String value = switch (p.name()) {
                case "version" -> random.nextInt(5) == 0 ? pick("sha256:zz", "latest", "sha256:" + "0".repeat(64))
                        : version;
                case "path" -> pick("sources.yaml", "permit-timeout/permit-timeout.drl", "calendar/holidays.yaml",
                        "nope/none.drl", "..%2Fetc%2Fpasswd");
                default -> id(collection(op.path()));
            };
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    /** The collection an {id} in this path belongs to: the segment before it. */
    static String collection(String path) {
        int at = path.indexOf("/{");
        String before = at < 0 ? path : path.substring(0, at);
        return before.substring(before.lastIndexOf('/') + 1);
    }

    private String id(String collection) {
        List<String> known = ids.getOrDefault(collection, List.of());
        int roll = random.nextInt(10);
        if (roll < 7 && !known.isEmpty()) {
            return known.get(random.nextInt(known.size()));
        }
        return roll < 9 ? UUID.randomUUID().toString() : pick("not-an-id", "0", "%20");
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return WRITER.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
