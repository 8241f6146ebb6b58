package kr.policy.checker.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Every operation of the API document by method and path: its operationId (camelCase, verb first; contract §12), its
 * tag and whether it needs a key, accepts one or is open to all. Applying it also declares the {@code X-API-Key}
 * security scheme in place of the header parameter, documents every problem answer with the one {@code Problem}
 * schema (and 429's {@code Retry-After}), and replaces schemas named after internal classes (dates, times, ids, JSON
 * trees) by plain JSON types. An operation missing here fails the build, so a new endpoint cannot go undocumented.
 */
final class OperationCatalog {
    private static final String SCHEME = "ApiKey";
    private static final String SCHEMAS = "#/components/schemas/";

    enum Key { REQUIRED, OPTIONAL }

    private record Entry(String operationId, String tag, Key key) {
    }

    private static final Map<String, String> TAGS = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    static {
        TAGS.put("Evaluations", "Evaluate a case of a domain, screen a firm against every incentive, read back and "
                + "replay a stored evaluation.");
        TAGS.put("Case register", "Permit cases and regulation reviews a clerk registers and the service watches.");
        TAGS.put("Rule sets", "The rules in service, their archive, diffs and simulations of a candidate.");
        TAGS.put("Calendar", "Deadlines by the conventions of 민법 and 민원처리법, and the public holidays.");
        TAGS.put("Administration", "API keys and clerk accounts (admin).");
        TAGS.put("Webhooks", "Subscriptions to case events and their deliveries.");
    }

    OperationCatalog() {
        for (var d : kr.policy.checker.domain.Domains.all()) {
            String type = DomainsOpenApiFilter.pascal(d.name());
            add("POST", "/api/v1/evaluations/" + d.name(), "evaluate" + type, "Evaluations", Key.OPTIONAL);
            add("POST", "/api/v1/evaluations/" + d.name() + "/batch", "evaluate" + type + "Batch", "Evaluations",
                    Key.OPTIONAL);
        }
        add("GET", "/api/v1/evaluations/{id}", "getStoredEvaluation", "Evaluations", Key.REQUIRED);
        add("POST", "/api/v1/evaluations/{id}/replay", "replayEvaluation", "Evaluations", Key.REQUIRED);
        add("POST", "/api/v1/screenings", "screenFirm", "Evaluations", Key.OPTIONAL);
        for (String[] register : new String[][] {{"permit-cases", "PermitCase"},
                {"regulation-reviews", "RegulationReview"}}) {
            String base = "/api/v1/" + register[0];
            add("POST", base, "create" + register[1], "Case register", Key.REQUIRED);
            add("GET", base, "list" + register[1] + "s", "Case register", Key.REQUIRED);
            add("GET", base + "/{id}", "get" + register[1], "Case register", Key.REQUIRED);
            add("POST", base + "/{id}/events", "add" + register[1] + "Event", "Case register", Key.REQUIRED);
            add("POST", base + "/import", "import" + register[1] + "s", "Case register", Key.REQUIRED);
        }
        add("GET", "/api/v1/rulesets", "getRuleSet", "Rule sets", Key.OPTIONAL);
        add("GET", "/api/v1/rulesets/sources", "listLegalSources", "Rule sets", Key.OPTIONAL);
        add("POST", "/api/v1/rulesets/reload", "reloadRuleSet", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/rulesets/versions", "listRuleSetVersions", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/rulesets/versions/{version}", "getRuleSetVersion", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/rulesets/versions/{version}/files/{path}", "getRuleSetFile", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/rulesets/instances", "listInstances", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/rulesets/diff", "diffRuleSets", "Rule sets", Key.REQUIRED);
        add("POST", "/api/v1/rulesets/simulations", "startSimulation", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/rulesets/simulations", "listSimulations", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/rulesets/simulations/{id}", "getSimulation", "Rule sets", Key.REQUIRED);
        add("DELETE", "/api/v1/rulesets/simulations/{id}", "cancelSimulation", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/rulesets/simulations/{id}/items", "listSimulationItems", "Rule sets", Key.REQUIRED);
        add("GET", "/api/v1/calendar/deadline", "computeDeadline", "Calendar", Key.OPTIONAL);
        add("GET", "/api/v1/calendar/holidays", "listHolidays", "Calendar", Key.OPTIONAL);
        add("POST", "/api/v1/admin/api-keys", "createApiKey", "Administration", Key.REQUIRED);
        add("GET", "/api/v1/admin/api-keys", "listApiKeys", "Administration", Key.REQUIRED);
        add("PATCH", "/api/v1/admin/api-keys/{id}", "setApiKeyQuota", "Administration", Key.REQUIRED);
        add("DELETE", "/api/v1/admin/api-keys/{id}", "revokeApiKey", "Administration", Key.REQUIRED);
        add("POST", "/api/v1/admin/clerks", "createClerk", "Administration", Key.REQUIRED);
        add("GET", "/api/v1/admin/clerks", "listClerks", "Administration", Key.REQUIRED);
        add("GET", "/api/v1/admin/audit", "listSecurityEvents", "Administration", Key.REQUIRED);
        add("POST", "/api/v1/webhooks", "subscribeWebhook", "Webhooks", Key.REQUIRED);
        add("GET", "/api/v1/webhooks", "listWebhooks", "Webhooks", Key.REQUIRED);
        add("DELETE", "/api/v1/webhooks/{id}", "unsubscribeWebhook", "Webhooks", Key.REQUIRED);
        add("GET", "/api/v1/webhooks/{id}/deliveries", "listWebhookDeliveries", "Webhooks", Key.REQUIRED);
    }

    private void add(String method, String path, String id, String tag, Key key) {
        entries.put(method + " " + path, new Entry(id, tag, key));
    }

    void apply(OpenAPI api) {
        api.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.APIKEY)
                .in(org.eclipse.microprofile.openapi.models.security.SecurityScheme.In.HEADER).name("X-API-Key")
                .description("An API key issued by an admin (POST /api/v1/admin/api-keys)."));
        api.tags(TAGS.entrySet().stream().map(t -> OASFactory.createTag().name(t.getKey()).description(t.getValue()))
                .toList());
        List<String> missing = new ArrayList<>();
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            Entry e = entries.get(method.name() + " " + path);
            if (e == null) {
                missing.add(method + " " + path);
                return;
            }
            op.operationId(e.operationId()).tags(List.of(e.tag()));
            secure(op, e.key());
            if (IdempotencyFilter.applies(method.name(), path)) {
                idempotent(op);
            }
            problems(op, e.key(), path);
        }));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("operations with no operationId in OperationCatalog: " + missing);
        }
        plainTypes(api);
    }

    /** The key as a security requirement; the header parameter it replaces is dropped. */
    private static void secure(Operation op, Key key) {
        if (op.getParameters() != null) {
            op.setParameters(op.getParameters().stream().filter(p -> !(p.getIn() == Parameter.In.HEADER
                    && "X-API-Key".equalsIgnoreCase(p.getName()))).toList());
        }
        SecurityRequirement withKey = OASFactory.createSecurityRequirement().addScheme(SCHEME);
        op.security(key == Key.REQUIRED ? List.of(withKey)
                : List.of(OASFactory.createSecurityRequirement(), withKey));
    }

    /** Contract §17: the Idempotency-Key header, its replay header and its two refusals. */
    private static void idempotent(Operation op) {
        op.addParameter(OASFactory.createParameter().name(IdempotencyFilter.HEADER).in(Parameter.In.HEADER)
                .required(false).description("Optional, with a key: a retry with the same key and the same request "
                        + "gets the first answer again (with Idempotent-Replayed: true) and nothing is done twice. "
                        + "Kept for checker.idempotency.retention (one day). 1 to 255 printable ASCII characters.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                        .maxLength(IdempotencyFilter.MAX_LENGTH).pattern("^[\\x20-\\x7E]+$")));
        var responses = op.getResponses();
        add(responses, "409", "The first request with this Idempotency-Key is still running: retry after Retry-After");
        add(responses, "422", "This Idempotency-Key was used for another request");
        responses.getAPIResponses().forEach((code, r) -> {
            if (code.startsWith("2")) {
                r.addHeader(IdempotencyFilter.REPLAYED, OASFactory.createHeader()
                        .description("true when this is the kept answer to an earlier request with the same "
                                + "Idempotency-Key").schema(OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("true"))));
            }
        });
    }

    /** Every 4xx answer is a Problem; the ones every operation can give are listed. */
    private static void problems(Operation op, Key key, String path) {
        var responses = op.getResponses();
        add(responses, "400", "Malformed JSON, or a field or parameter that is not valid (named in errors)");
        add(responses, "401", "No key where one is needed, or an unknown key");
        if (key == Key.REQUIRED) {
            add(responses, "403", "The key's role does not allow this");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such item for this caller");
        }
        if (op.getRequestBody() != null) {
            add(responses, "413", "Body over the configured limit");
            add(responses, "415", "Body that is not JSON");
        }
        add(responses, "429", "Too many requests: wait as Retry-After says");
        responses.getAPIResponse("429").addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait").schema(OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.INTEGER))));
        responses.getAPIResponses().forEach((code, r) -> {
            if (code.startsWith("4")) {
                r.content(withExamples(r, DomainsOpenApiFilter.problemContent()));
            }
        });
    }

    /** The problem content, keeping the examples the operation gave for that answer. */
    private static org.eclipse.microprofile.openapi.models.media.Content withExamples(APIResponse r,
            org.eclipse.microprofile.openapi.models.media.Content problem) {
        if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
            r.getContent().getMediaTypes().values().forEach(m -> {
                if (m.getExamples() != null) {
                    m.getExamples().forEach((n, ex) -> problem.getMediaType("application/problem+json")
                            .addExample(n, ex));
                }
            });
        }
        return problem;
    }

    private static void add(org.eclipse.microprofile.openapi.models.responses.APIResponses responses, String code,
                            String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    // ---------------------------------------------------------------- no schema named after an internal class

    private static final Map<String, Schema> PLAIN = Map.of(
            "LocalDate", string("date"),
            "OffsetDateTime", string("date-time"),
            "Instant", string("date-time"),
            "UUID", string("uuid"),
            "JsonNode", OASFactory.createSchema().description("any JSON value"),
            "ObjectNode", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)));

    private static Schema string(String format) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format(format);
    }

    private static void plainTypes(OpenAPI api) {
        for (String internal : List.of("LocalDate", "OffsetDateTime", "Instant", "UUID", "JsonNode", "ObjectNode",
                "JsonNodeType")) {
            api.getComponents().removeSchema(internal);
        }
        api.getComponents().getSchemas().values().forEach(OperationCatalog::replaceIn);
        api.getComponents().getSchemas().values().forEach(OperationCatalog::nullable);
        // the common answer and batch shapes, superseded by each domain's own
        api.getComponents().removeSchema("EvaluationResponse");
        api.getComponents().removeSchema("BatchResponse");
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> p.schema(replaced(p.getSchema())));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> m.schema(replaced(m.getSchema())));
            }
            op.getResponses().getAPIResponses().values().forEach(r -> {
                if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                    r.getContent().getMediaTypes().values().forEach(m -> m.schema(replaced(m.getSchema())));
                }
            });
        }));
    }

    /**
     * The service writes a property it has no value for as null: every property of a plain type that the schema does
     * not require may be null.
     */
    private static void nullable(Schema s) {
        if (s.getProperties() == null) {
            return;
        }
        List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
        new LinkedHashMap<>(s.getProperties()).forEach((name, p) -> {
            if (required.contains(name)) {
                return;
            }
            List<Schema.SchemaType> types = p.getType();
            if (p.getRef() != null) {
                // a reference (an enum, an object) that may be null: one of it or null
                s.addProperty(name, OASFactory.createSchema().anyOf(List.of(
                        OASFactory.createSchema().ref(p.getRef()),
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL)))));
            } else if (types != null && types.size() == 1 && types.get(0) != Schema.SchemaType.NULL) {
                p.type(List.of(types.get(0), Schema.SchemaType.NULL));
            }
        });
    }

    /** The schema, or the plain type that replaces a reference to an internal class (inside it, too). */
    private static Schema replaced(Schema s) {
        if (s == null) {
            return null;
        }
        if (s.getRef() != null && s.getRef().startsWith(SCHEMAS)) {
            Schema plain = PLAIN.get(s.getRef().substring(SCHEMAS.length()));
            if (plain != null) {
                return plain;
            }
        }
        replaceIn(s);
        return s;
    }

    private static void replaceIn(Schema s) {
        if (s.getProperties() != null) {
            new LinkedHashMap<>(s.getProperties()).forEach((k, v) -> s.addProperty(k, replaced(v)));
        }
        if (s.getItems() != null) {
            s.items(replaced(s.getItems()));
        }
        if (s.getAdditionalPropertiesSchema() != null) {
            s.additionalPropertiesSchema(replaced(s.getAdditionalPropertiesSchema()));
        }
        if (s.getOneOf() != null) {
            s.oneOf(s.getOneOf().stream().map(OperationCatalog::replaced).toList());
        }
        if (s.getAllOf() != null) {
            s.allOf(s.getAllOf().stream().map(OperationCatalog::replaced).toList());
        }
        if (s.getAnyOf() != null) {
            s.anyOf(s.getAnyOf().stream().map(OperationCatalog::replaced).toList());
        }
    }
}
