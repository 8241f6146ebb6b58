package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import org.junit.jupiter.api.Test;

/** The API document as partners' client generators read it (contract §12). */
@QuarkusTest
class OpenApiDocumentTest {
    private static final List<String> VERBS = List.of("evaluate", "screen", "get", "list", "create", "add", "replay",
            "reload", "diff", "start", "cancel", "compute", "set", "revoke", "subscribe", "unsubscribe", "import");
    private static JsonNode doc;

    /** Read once the service is up (a static @BeforeAll runs before it listens). */
    @org.junit.jupiter.api.BeforeEach
    void read() throws Exception {
        if (doc == null) {
            doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                    .then().statusCode(200).extract().asString());
        }
    }

    private static List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m ->
                out.add(Map.entry(m.getKey().toUpperCase() + " " + p.getKey(), m.getValue()))));
        return out;
    }

    @Test
    void everyOperationHasAUniqueVerbFirstOperationIdAndATag() {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            String id = op.getValue().path("operationId").asText();
            assertTrue(id.matches("[a-z]+[A-Za-z0-9]*"), op.getKey() + ": " + id);
            assertTrue(VERBS.stream().anyMatch(id::startsWith), op.getKey() + ": " + id);
            assertTrue(ids.add(id), "twice: " + id);
            assertEquals(1, op.getValue().path("tags").size(), op.getKey());
        }
        Map<String, String> named = new HashMap<>();
        operations().forEach(op -> named.put(op.getValue().path("operationId").asText(), op.getKey()));
        assertEquals("POST /api/v1/screenings", named.get("screenFirm"));
        assertEquals("GET /api/v1/evaluations/{id}", named.get("getStoredEvaluation"));
        assertEquals("POST /api/v1/evaluations/permit-timeout", named.get("evaluatePermitTimeout"));
        assertEquals("POST /api/v1/evaluations/regulation-review/batch", named.get("evaluateRegulationReviewBatch"));
        assertEquals("POST /api/v1/evaluations/reshoring-subsidy", named.get("evaluateReshoringSubsidy"));
        assertEquals("POST /api/v1/evaluations/export-voucher", named.get("evaluateExportVoucher"));
        assertEquals("POST /api/v1/evaluations/investment-tax-credit", named.get("evaluateInvestmentTaxCredit"));
    }

    /** Partners' linters refuse a schema nothing refers to (redocly's no-unused-components, an error in CI). */
    @Test
    void everySchemaIsReferredTo() {
        Set<String> referred = new HashSet<>();
        doc.findValues("$ref").forEach(ref -> referred.add(ref.asText()));
        List<String> unused = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!referred.contains("#/components/schemas/" + name)) {
                unused.add(name);
            }
        });
        assertEquals(List.of(), unused);
    }

    /**
     * Every text a request may carry has a documented bound: a maximum length, or a form that bounds it (an enum, a
     * date, a pattern anchored at both ends); every number its minimum and maximum where the service has one.
     */
    @Test
    void everyStringARequestCarriesHasADocumentedBound() {
        List<String> unbounded = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            JsonNode body = op.getValue().at("/requestBody/content/application~1json/schema");
            if (!body.isMissingNode()) {
                unboundedStrings(body, op.getKey() + " body", unbounded, new HashSet<>());
            }
            for (JsonNode p : op.getValue().path("parameters")) {
                if (!p.path("in").asText().equals("header")) {
                    unboundedStrings(p.path("schema"), op.getKey() + " ?" + p.path("name").asText(), unbounded,
                            new HashSet<>());
                }
            }
        }
        assertTrue(unbounded.isEmpty(), "strings without a documented bound: " + unbounded);
    }

    private static void unboundedStrings(JsonNode schema, String where, List<String> out, Set<String> seen) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (seen.add(ref)) {
                unboundedStrings(doc.at(ref.substring(1)), where, out, seen);
            }
            return;
        }
        JsonNode type = schema.path("type");
        boolean string = type.asText().equals("string")
                || type.isArray() && type.toString().contains("\"string\"");
        String pattern = schema.path("pattern").asText("");
        if (string && !schema.has("maxLength") && !schema.has("enum") && !schema.has("format")
                && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            out.add(where);
        }
        schema.path("properties").fields().forEachRemaining(p ->
                unboundedStrings(p.getValue(), where + "." + p.getKey(), out, seen));
        for (String nested : List.of("items", "additionalProperties")) {
            if (schema.path(nested).isObject()) {
                unboundedStrings(schema.get(nested), where + "[]", out, seen);
            }
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combinator).forEach(branch -> unboundedStrings(branch, where, out, seen));
        }
    }

    @Test
    void eachDomainHasItsOwnOperationsAndSchemas() {
        JsonNode schemas = doc.at("/components/schemas");
        for (Domain<?, ?> d : Domains.all()) {
            JsonNode op = doc.at("/paths/" + escape("/api/v1/evaluations/" + d.name()) + "/post");
            assertEquals("#/components/schemas/" + d.caseType().getSimpleName(),
                    op.at("/requestBody/content/application~1json/schema/$ref").asText(), d.name());
            assertFalse(op.at("/requestBody/content/application~1json/examples").isEmpty(), d.name());
            String answer = op.at("/responses/200/content/application~1json/schema/$ref").asText();
            JsonNode evaluation = schemas.get(answer.substring(answer.lastIndexOf('/') + 1));
            assertNotNull(evaluation, answer);
            assertEquals("#/components/schemas/" + d.resultType().getSimpleName(),
                    evaluation.at("/properties/result/$ref").asText());
            assertNotNull(schemas.get(d.resultType().getSimpleName()), d.resultType().getSimpleName());
            List<String> outcomes = new ArrayList<>();
            evaluation.at("/properties/outcome/enum").forEach(v -> outcomes.add(v.asText()));
            assertEquals(Arrays.stream(d.outcomeType().getEnumConstants()).map(Enum::name).toList(), outcomes);
            assertFalse(doc.at("/paths/" + escape("/api/v1/evaluations/" + d.name() + "/batch") + "/post").isMissingNode());
        }
        // no two path templates differ only by a parameter's name
        Set<String> shapes = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(p ->
                assertTrue(shapes.add(p.replaceAll("\\{[^}]+}", "{}")), "ambiguous: " + p));
    }

    @Test
    void theKeyIsASecuritySchemeAndEveryProblemIsAProblem() {
        JsonNode scheme = doc.at("/components/securitySchemes/ApiKey");
        assertEquals("apiKey", scheme.path("type").asText());
        assertEquals("header", scheme.path("in").asText());
        assertEquals("X-API-Key", scheme.path("name").asText());
        for (Map.Entry<String, JsonNode> op : operations()) {
            assertFalse(op.getValue().path("security").isEmpty(), op.getKey());
            op.getValue().path("parameters").forEach(p ->
                    assertFalse(p.path("name").asText().equalsIgnoreCase("X-API-Key"), op.getKey()));
            op.getValue().path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4")) {
                    assertEquals("#/components/schemas/Problem",
                            r.getValue().at("/content/application~1problem+json/schema/$ref").asText(),
                            op.getKey() + " " + r.getKey());
                }
            });
            assertFalse(op.getValue().at("/responses/429/headers/Retry-After").isMissingNode(), op.getKey());
        }
        // open operations say a key is not needed; the others need one
        assertEquals(2, doc.at("/paths/~1api~1v1~1screenings/post/security").size());
        assertEquals(1, doc.at("/paths/~1api~1v1~1evaluations~1{id}/get/security").size());
    }

    @Test
    void noSchemaIsAnInternalClassAndNoPageIsAnOperation() {
        String text = doc.toString();
        for (String internal : List.of("JsonNode", "ObjectNode", "LocalDate", "OffsetDateTime", "Instant", "UUID")) {
            assertFalse(doc.at("/components/schemas").has(internal), internal);
            assertFalse(text.contains("#/components/schemas/" + internal + "\""), internal);
        }
        assertEquals("date", doc.at("/components/schemas/TaxCreditCase/properties/asOf/format").asText());
        assertEquals("int64",
                doc.at("/components/schemas/TaxCreditCase/properties/priorThreeYearsInvestmentKrw/format").asText());
        doc.get("paths").fieldNames().forEachRemaining(p -> assertTrue(p.startsWith("/api/v1/"), p));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
