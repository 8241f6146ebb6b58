package kr.policy.checker.api;

import java.util.List;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.register.CaseRegister;
import kr.policy.checker.register.RegisterKind;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The case registers in the API document (contract §5): a new case is the header (title, applicant, permitting
 * authority) and the domain's input; a case as answered is its header, its facts, its evaluation in the domain's own
 * answer schema and its events; versions travel as ETag and If-Match. The resource builds these as JSON trees, so
 * their schemas are written here, from the register's domain.
 */
final class RegisterSchemas {
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
    private static final String SCHEMAS = "#/components/schemas/";

    private RegisterSchemas() {
    }

    static void apply(OpenAPI api) {
        api.getComponents().addSchema("CaseEventInput", object()
                .addProperty("type", type(Schema.SchemaType.STRING).enumeration(eventTypes())
                        .description("an event type of the register: permit cases take COMMITTEE_RESOLVED, "
                                + "REQUEST_SENT, SUPPLEMENT_ADDED, PLAN_SUBMITTED, EXTENSION_GRANTED, RESULT_NOTIFIED; "
                                + "regulation reviews SUPPLEMENT_ADDED, EXTENSION_GRANTED, REPLY_RECEIVED"))
                .addProperty("date", type(Schema.SchemaType.STRING).format("date"))
                .addProperty("days", type(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(3650)))
                .addProperty("note", text(2000))
                .required(List.of("type")));
        api.getComponents().addSchema("CaseEvent", object()
                .addProperty("seq", type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("type", type(Schema.SchemaType.STRING))
                .addProperty("date", nullable(Schema.SchemaType.STRING).format("date"))
                .addProperty("days", nullable(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("note", nullable(Schema.SchemaType.STRING))
                .addProperty("createdAt", type(Schema.SchemaType.STRING).format("date-time"))
                .required(List.of("seq", "type", "createdAt")));
        for (RegisterKind kind : RegisterKind.values()) {
            register(api, kind);
        }
    }

    private static void register(OpenAPI api, RegisterKind kind) {
        Domain<?, ?> domain = Domains.named(kind.domain()).orElseThrow();
        String type = DomainsOpenApiFilter.pascal(domain.name());
        String path = switch (kind) {
            case PERMIT_CASES -> PermitCaseResource.PATH;
            case REGULATION_REVIEWS -> RegulationReviewResource.PATH;
        };
        String name = switch (kind) {
            case PERMIT_CASES -> "PermitCase";
            case REGULATION_REVIEWS -> "RegulationReview";
        };
        Schema input = OASFactory.createSchema().ref(SCHEMAS + domain.caseType().getSimpleName());
        api.getComponents().addSchema("New" + name, newCase(api, domain.caseType().getSimpleName()));
        api.getComponents().addSchema(name, OASFactory.createSchema().allOf(List.of(header(), input, object()
                .addProperty("evaluation", OASFactory.createSchema().ref(SCHEMAS + type + "Evaluation"))
                .addProperty("events", type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + "CaseEvent")))
                .addProperty("createdAt", type(Schema.SchemaType.STRING).format("date-time"))
                .addProperty("updatedAt", type(Schema.SchemaType.STRING).format("date-time"))
                .required(List.of("evaluation", "events", "createdAt", "updatedAt")))));
        api.getComponents().addSchema(name + "Item", OASFactory.createSchema().allOf(List.of(header(), object()
                .addProperty("outcome", type(Schema.SchemaType.STRING).enumeration(java.util.Arrays.stream(
                        domain.outcomeType().getEnumConstants()).map(e -> (Object) e.name()).toList()))
                .addProperty(kind.keyDateField(), nullable(Schema.SchemaType.STRING).format("date"))
                .addProperty("evaluatedAsOf", type(Schema.SchemaType.STRING).format("date"))
                .addProperty("updatedAt", type(Schema.SchemaType.STRING).format("date-time")))));
        api.getComponents().addSchema(name + "Page", object()
                .addProperty("items", type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema()
                        .ref(SCHEMAS + name + "Item")))
                .addProperty("total", type(Schema.SchemaType.INTEGER).format("int64"))
                .addProperty("page", type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("size", type(Schema.SchemaType.INTEGER).format("int32"))
                .required(List.of("items", "total", "page", "size")));

        var item = api.getPaths().getPathItem(path);
        body(item.getPOST(), "New" + name);
        example(item.getPOST(), "a case to register", newCaseExample(domain));
        answer(item.getPOST(), "201", "Registered and judged; ETag is its version", name);
        answer(item.getGET(), "200", "A page of the organization's cases", name + "Page");
        var one = api.getPaths().getPathItem(path + "/{id}");
        answer(one.getGET(), "200", "The case as of asOf (default today); ETag is its version", name);
        var events = api.getPaths().getPathItem(path + "/{id}/events");
        body(events.getPOST(), "CaseEventInput");
        String firstEvent = kind.events().keySet().stream().sorted().findFirst().orElseThrow();
        example(events.getPOST(), "an event", kind.events().get(firstEvent).kind() == RegisterKind.Effect.Kind.SET_DATE
                ? java.util.Map.of("type", firstEvent, "date", "2024-03-04")
                : java.util.Map.of("type", firstEvent, "days", 5, "note", "보완 요청"));
        answer(events.getPOST(), "200", "The event added and the case judged again; ETag is its new version", name);
        problem(item.getPOST(), "422", "Dates that contradict each other (a request before the resolution, …)");
        problem(item.getPOST(), "409", "externalReference already used by a case of this organization (its Location "
                + "is sent), or the first request with this Idempotency-Key is still running");
        item.getPOST().getResponses().getAPIResponse("409").addHeader("Location", OASFactory.createHeader()
                .description("the case that already carries the externalReference")
                .schema(type(Schema.SchemaType.STRING)));
        importOperation(api.getPaths().getPathItem(path + "/import").getPOST(), name, domain);
        problem(events.getPOST(), "412", "If-Match names a version other than the case's: read it again");
        problem(events.getPOST(), "422", "The event contradicts the case's dates");
    }

    /**
     * A new case: the header and the domain's input fields in one object, without asOf (a stored case is read as of
     * a day with ?asOf=, and a body naming one is refused).
     */
    private static Schema newCase(OpenAPI api, String caseSchema) {
        Schema header = newHeader();
        Schema input = api.getComponents().getSchemas().get(caseSchema);
        Schema out = object().description("The case's header and its domain's input (contract §5); no asOf.");
        java.util.List<String> required = new java.util.ArrayList<>(header.getRequired());
        header.getProperties().forEach(out::addProperty);
        input.getProperties().forEach((field, schema) -> {
            if (!field.equals("asOf")) {
                out.addProperty(field, schema);
            }
        });
        if (input.getRequired() != null) {
            required.addAll(input.getRequired());
        }
        return out.required(required);
    }

    /** The domain's own example case as a new case: with a header, without asOf. */
    private static Object newCaseExample(Domain<?, ?> domain) {
        try {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(domain.exampleCase());
            node.remove("asOf");
            var out = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("title", "반도체 공장 부지 산업단지계획 승인").put("applicant", "(주)한빛반도체")
                    .put("permittingAuthority", "경기도");
            out.setAll(node);
            return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(out, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a domain's API example is not JSON", e);
        }
    }

    /** Contract §17: a JSON array of new cases, or CSV; the answer gives each row's result. */
    private static void importOperation(Operation op, String name, Domain<?, ?> domain) {
        op.description("Many new cases at once (at most checker.import.max-rows, 10,000; more is a 413): a JSON array "
                + "of case bodies, or text/csv in UTF-8 (a byte-order mark allowed) whose header row gives the field "
                + "names or the Korean column titles of the clerk pages. Each row is read, judged and stored as a single "
                + "POST would be; a refused row stores nothing and the others are stored. ?dryRun=true judges every row "
                + "and stores nothing.");
        op.requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType(JSON, OASFactory.createMediaType().schema(type(Schema.SchemaType.ARRAY)
                        .maxItems(10_000).items(OASFactory.createSchema().ref(SCHEMAS + "New" + name)))
                        .addExample("two cases", OASFactory.createExample().value(List.of(newCaseExample(domain)))))
                .addMediaType("text/csv", OASFactory.createMediaType().schema(type(Schema.SchemaType.STRING)
                        .maxLength(67_108_864).description("a header row, then one case a row")))));
        var response = OASFactory.createAPIResponse().description("One result per row").content(
                OASFactory.createContent().addMediaType(JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(SCHEMAS + "ImportAnswer"))));
        op.getResponses().addAPIResponse("200", response);
        problem(op, "413", "Body over checker.limits.batch-body-bytes, or more rows than checker.import.max-rows");
    }

    private static void example(Operation op, String name, Object value) {
        op.getRequestBody().getContent().getMediaType(JSON).addExample(name,
                OASFactory.createExample().value(value));
    }

    private static void body(Operation op, String schema) {
        op.requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType(JSON, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + schema)))));
    }

    private static void answer(Operation op, String code, String description, String schema) {
        var response = OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(JSON, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + schema))));
        if (!code.equals("200") || !description.startsWith("A page")) {
            response.addHeader("ETag", OASFactory.createHeader().description("The case's version, for If-Match")
                    .schema(type(Schema.SchemaType.STRING)));
        }
        var responses = OASFactory.createAPIResponses().addAPIResponse(code, response);
        op.getResponses().getAPIResponses().forEach((k, v) -> {
            if (!k.startsWith("2")) {
                responses.addAPIResponse(k, v);
            }
        });
        op.responses(responses);
    }

    private static void problem(Operation op, String code, String description) {
        op.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }

    /** What a new case says of itself beside its domain's input; written into each New* schema, not a component. */
    private static Schema newHeader() {
        return object().addProperty("title", text(300)).addProperty("applicant", text(300))
                .addProperty("permittingAuthority", text(300))
                .addProperty("externalReference", text(CaseRegister.MAX_REFERENCE).minLength(1)
                        .pattern("^\\S(.*\\S)?$")
                        .description("optional: your own id for the case, unique in your organization's register, matched "
                                + "exactly (no spaces around it); "
                                + "a second case with it is a 409 with Location of the first (contract §17)"))
                .required(List.of("title", "applicant", "permittingAuthority"));
    }

    private static Schema header() {
        return object().addProperty("id", type(Schema.SchemaType.STRING).format("uuid"))
                .addProperty("version", type(Schema.SchemaType.INTEGER).format("int64"))
                .addProperty("title", type(Schema.SchemaType.STRING))
                .addProperty("applicant", type(Schema.SchemaType.STRING))
                .addProperty("permittingAuthority", type(Schema.SchemaType.STRING))
                .addProperty("organization", type(Schema.SchemaType.STRING))
                .addProperty("externalReference", type(Schema.SchemaType.STRING)
                        .description("the partner's own reference, when one was given"))
                .required(List.of("id", "version", "title", "applicant", "permittingAuthority", "organization"));
    }

    /** Every event type of either register, in the registers' order. */
    private static List<Object> eventTypes() {
        java.util.Set<Object> out = new java.util.LinkedHashSet<>();
        for (RegisterKind kind : RegisterKind.values()) {
            kind.events().keySet().stream().sorted().forEach(out::add);
        }
        return List.copyOf(out);
    }

    private static Schema object() {
        return type(Schema.SchemaType.OBJECT);
    }

    private static Schema text(int max) {
        return type(Schema.SchemaType.STRING).maxLength(max);
    }

    private static Schema type(Schema.SchemaType t) {
        return OASFactory.createSchema().type(List.of(t));
    }

    private static Schema nullable(Schema.SchemaType t) {
        return OASFactory.createSchema().type(List.of(t, Schema.SchemaType.NULL));
    }
}
