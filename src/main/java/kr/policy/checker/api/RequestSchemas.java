package kr.policy.checker.api;

import java.util.List;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.notify.EventType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The request bodies the resources read field by field (so the scanner sees only "an object"), written out as the
 * service reads them: a screening's {@code asOf} and {@code firm} (the fields of every incentive, no other), a
 * simulation's {@code base}, {@code changes} and {@code scope}; and the webhook events as the values they are.
 */
final class RequestSchemas {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
    /** A changed file travels in a request body, whose limit (checker.limits.case-body-bytes, 1 MiB) bounds it. */
    private static final int MAX_FILE = 1_048_576;

    private RequestSchemas() {
    }

    static void apply(OpenAPI api) {
        api.getComponents().addSchema("ScreeningRequest", screening(api));
        body(api, "/api/v1/screenings", "ScreeningRequest");
        api.getComponents().addSchema("SimulationRequest", simulation());
        body(api, "/api/v1/rulesets/simulations", "SimulationRequest");
        example(api, "/api/v1/admin/api-keys", "a partner's key", java.util.Map.of("name", "충청북도 인허가 시스템",
                "role", "PARTNER", "organization", "충청북도"));
        example(api, "/api/v1/admin/clerks", "a clerk", java.util.Map.of("username", "kim.clerk",
                "password", "a-long-passphrase-2024", "organization", "충청북도", "role", "CLERK"));
        example(api, "/api/v1/webhooks", "deemed-processed notices", java.util.Map.of(
                "url", "https://permits.example.go.kr/hooks/checker", "events", List.of(EventType.DEEMED_PROCESSED),
                "secret", "a-shared-secret-of-16+"));
        Schema subscription = api.getComponents().getSchemas().get("NewSubscription");
        if (subscription != null) {
            subscription.getProperties().get("events").getItems()
                    .enumeration(EventType.ALL.stream().map(e -> (Object) e).toList());
        }
    }

    /** asOf and the firm: any input field of an incentive (the same name means the same in every programme). */
    private static Schema screening(OpenAPI api) {
        Schema firm = object().additionalPropertiesBoolean(Boolean.FALSE)
                .description("The firm's facts: any input field of an incentive programme; a field no programme "
                        + "knows is refused (400).");
        for (Domain<?, ?> d : Domains.incentives()) {
            Schema input = api.getComponents().getSchemas().get(d.caseType().getSimpleName());
            input.getProperties().forEach((field, schema) -> {
                if (!field.equals("asOf") && (firm.getProperties() == null || !firm.getProperties().containsKey(field))) {
                    firm.addProperty(field, schema);
                }
            });
        }
        return object().additionalPropertiesBoolean(Boolean.FALSE)
                .addProperty("asOf", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING,
                        Schema.SchemaType.NULL)).format("date").description("the day judged on (default today)"))
                .addProperty("firm", firm);
    }

    private static Schema simulation() {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(MAX_FILE)
                .description("the file's whole new text");
        Schema binary = object().additionalPropertiesBoolean(Boolean.FALSE).required(List.of("base64"))
                .addProperty("base64", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .format("byte").maxLength(MAX_FILE).description("a binary file (a spreadsheet), base64"));
        Schema removed = OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))
                .description("the file removed");
        Schema flag = OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN, Schema.SchemaType.NULL));
        return object().additionalPropertiesBoolean(Boolean.FALSE)
                .addProperty("base", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING,
                        Schema.SchemaType.NULL)).pattern("^sha256:[0-9a-f]{64}$")
                        .description("the version the changes apply to (default: the one in service)"))
                .addProperty("changes", object().description("by path under rules/: new text, {base64} or null")
                        .additionalPropertiesSchema(OASFactory.createSchema().oneOf(List.of(text, binary, removed))))
                .addProperty("scope", object().additionalPropertiesBoolean(Boolean.FALSE)
                        .addProperty("registers", flag).addProperty("evaluations", flag)
                        .addProperty("evaluationsFrom", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING,
                                Schema.SchemaType.NULL)).format("date"))
                        .addProperty("examples", flag));
    }

    private static void example(OpenAPI api, String path, String name, Object value) {
        var item = api.getPaths().getPathItem(path);
        if (item != null && item.getPOST() != null && item.getPOST().getRequestBody() != null) {
            var media = item.getPOST().getRequestBody().getContent().getMediaType(JSON);
            if (media.getExamples() == null || media.getExamples().isEmpty()) {
                media.addExample(name, OASFactory.createExample().value(value));
            }
        }
    }

    private static void body(OpenAPI api, String path, String schema) {
        var item = api.getPaths().getPathItem(path);
        if (item == null || item.getPOST() == null || item.getPOST().getRequestBody() == null) {
            return;
        }
        item.getPOST().getRequestBody().getContent().getMediaType(JSON)
                .schema(OASFactory.createSchema().ref(SCHEMAS + schema));
    }

    private static Schema object() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
    }
}
