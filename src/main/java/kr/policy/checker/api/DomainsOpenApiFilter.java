package kr.policy.checker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes what the evaluation operations say of the domains from {@link Domains}, at build time: the path parameter's
 * values, the request body as one of the domains' inputs with each domain's example, and the answer examples. The
 * resources name no domain; a new domain appears here by being listed in {@code Domains}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DomainsOpenApiFilter implements OASFilter {
    static final String EVALUATE = "/api/v1/evaluations/{domain}";
    static final String BATCH = "/api/v1/evaluations/{domain}/batch";
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        List<Domain<?, ?>> domains = Domains.all();
        Operation evaluate = api.getPaths().getPathItem(EVALUATE).getPOST();
        MediaType input = evaluate.getRequestBody().getContent().getMediaType(JSON);
        input.setSchema(OASFactory.createSchema().oneOf(domains.stream()
                .map(d -> OASFactory.createSchema().ref(d.caseType().getSimpleName())).toList()));
        MediaType answer = evaluate.getResponses().getAPIResponse("200").getContent().getMediaType(JSON);
        for (Domain<?, ?> d : domains) {
            input.addExample(d.name(), OASFactory.createExample().value(parse(d.exampleCase())));
            if (d.exampleAnswer() != null) {
                answer.addExample(d.name(), OASFactory.createExample().value(parse(d.exampleAnswer())));
            }
        }
        String names = names(domains);
        for (String path : List.of(EVALUATE, BATCH)) {
            for (Parameter p : api.getPaths().getPathItem(path).getPOST().getParameters()) {
                if (p.getIn() == Parameter.In.PATH && p.getName().equals("domain")) {
                    p.setDescription(names);
                }
            }
        }
    }

    /** "a, b, c or d" */
    private static String names(List<Domain<?, ?>> domains) {
        List<String> all = domains.stream().map(Domain::name).toList();
        return all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    private Object parse(String example) {
        try {
            return json.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a domain's API example is not JSON: " + example, e);
        }
    }
}
