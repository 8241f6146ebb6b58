package kr.policy.checker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The API document as partners generate clients from it (contract §12), written at build time. The server routes
 * every domain through one resource method, {@code /api/v1/evaluations/{domain}}; the document gives each domain of
 * {@link Domains} its own evaluation and batch operation, with its own input and answer schemas derived from its types
 * (the answer's {@code result} is the domain's result type, its {@code outcome} the domain's outcome values), and
 * then lets {@link OperationCatalog} name, tag and secure every operation. A new domain appears here by being listed
 * in {@code Domains}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DomainsOpenApiFilter implements OASFilter {
    static final String EVALUATE = "/api/v1/evaluations/{domain}";
    static final String BATCH = "/api/v1/evaluations/{domain}/batch";
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
    private static final String SCHEMAS = "#/components/schemas/";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        PathItem evaluate = api.getPaths().getPathItem(EVALUATE);
        PathItem batch = api.getPaths().getPathItem(BATCH);
        Schema answer = api.getComponents().getSchemas().get("EvaluationResponse");
        for (Domain<?, ?> d : Domains.all()) {
            String type = pascal(d.name());
            api.getComponents().addSchema(type + "Evaluation", evaluationSchema(answer, d));
            api.getPaths().addPathItem("/api/v1/evaluations/" + d.name(),
                    OASFactory.createPathItem().POST(evaluation(evaluate.getPOST(), d, type)));
            api.getComponents().addSchema(type + "BatchRequest", batchRequest(d));
            api.getComponents().addSchema(type + "BatchAnswer", batchAnswer(type));
            api.getPaths().addPathItem("/api/v1/evaluations/" + d.name() + "/batch",
                    OASFactory.createPathItem().POST(batch(batch.getPOST(), d, type)));
        }
        api.getPaths().removePathItem(EVALUATE);
        api.getPaths().removePathItem(BATCH);
        RegisterSchemas.apply(api);
        RequestSchemas.apply(api);
        QueryParameterSchemas.apply(api);
        new OperationCatalog().apply(api);
    }

    /** The answer of one domain: the common answer with this domain's result type and outcome values. */
    private static Schema evaluationSchema(Schema common, Domain<?, ?> d) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("The answer to one " + d.name() + " case (contract §1).");
        common.getProperties().forEach(s::addProperty);
        s.addProperty("domain", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .enumeration(List.of(d.name())));
        s.addProperty("outcome", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .enumeration(Arrays.stream(d.outcomeType().getEnumConstants()).map(e -> (Object) e.name()).toList()));
        s.addProperty("result", OASFactory.createSchema().ref(SCHEMAS + d.resultType().getSimpleName()));
        s.required(List.of("domain", "asOf", "legalDate", "ruleSetVersion", "outcome", "result", "explanation",
                "sources", "missingFacts", "hints"));
        return s;
    }

    private Operation evaluation(Operation common, Domain<?, ?> d, String type) {
        Operation op = OASFactory.createOperation().operationId("evaluate" + type)
                .summary("Evaluate one " + d.name() + " case").description(common.getDescription())
                .parameters(withoutDomain(common.getParameters())).responses(common.getResponses());
        MediaType input = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMAS + d.caseType().getSimpleName()))
                .addExample(d.name(), OASFactory.createExample().value(parse(d.exampleCase())));
        d.moreExampleCases().forEach((name, json) -> input.addExample(d.name() + "-" + name,
                OASFactory.createExample().value(parse(json))));
        op.requestBody(OASFactory.createRequestBody().required(true)
                .content(OASFactory.createContent().addMediaType(JSON, input)));
        MediaType output = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + type + "Evaluation"));
        if (d.exampleAnswer() != null) {
            output.addExample(d.name(), OASFactory.createExample().value(parse(d.exampleAnswer())));
        }
        op.responses(copyOf(common.getResponses().getAPIResponses(), "200",
                OASFactory.createAPIResponse().description("Evaluated")
                        .content(OASFactory.createContent().addMediaType(JSON, output))));
        return op;
    }

    /** {"cases": [ … ]} of one domain's cases. */
    private static Schema batchRequest(Domain<?, ?> d) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("cases", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref(SCHEMAS + d.caseType().getSimpleName())))
                .required(List.of("cases"));
    }

    /** {"results": [ … ]}: each case's answer, or the problem that case has, in order. */
    private static Schema batchAnswer(String type) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("results", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().oneOf(List.of(
                                OASFactory.createSchema().ref(SCHEMAS + type + "Evaluation"),
                                OASFactory.createSchema().ref(SCHEMAS + "Problem")))))
                .required(List.of("results"));
    }

    private Operation batch(Operation common, Domain<?, ?> d, String type) {
        Schema cases = OASFactory.createSchema().ref(SCHEMAS + type + "BatchRequest");
        Schema results = OASFactory.createSchema().ref(SCHEMAS + type + "BatchAnswer");
        Operation op = OASFactory.createOperation().operationId("evaluate" + type + "Batch")
                .summary("Evaluate many " + d.name() + " cases").description(common.getDescription())
                .parameters(withoutDomain(common.getParameters()));
        op.requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType(JSON, OASFactory.createMediaType().schema(cases).addExample(d.name(),
                        OASFactory.createExample().value(Map.of("cases", List.of(parse(d.exampleCase()))))))));
        op.responses(copyOf(common.getResponses().getAPIResponses(), "200",
                OASFactory.createAPIResponse().description("One result or problem per case, in order")
                        .content(OASFactory.createContent().addMediaType(JSON,
                                OASFactory.createMediaType().schema(results)))));
        return op;
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponses copyOf(
            Map<String, APIResponse> responses, String code, APIResponse replaced) {
        var out = OASFactory.createAPIResponses();
        responses.forEach((k, v) -> out.addAPIResponse(k, k.equals(code) ? replaced : v));
        return out;
    }

    private static List<Parameter> withoutDomain(List<Parameter> parameters) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : parameters == null ? List.<Parameter>of() : parameters) {
            if (!(p.getIn() == Parameter.In.PATH && "domain".equals(p.getName()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** permit-timeout → PermitTimeout */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private Object parse(String example) {
        try {
            return json.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a domain's API example is not JSON: " + example, e);
        }
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + "Problem")));
    }
}
