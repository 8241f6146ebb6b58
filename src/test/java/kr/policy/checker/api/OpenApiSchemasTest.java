package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.examples.Example;
import org.junit.jupiter.api.Test;

/**
 * The API document's schemas against what the service really reads and sends: every example under examples/ that the
 * service accepts fits its domain's input schema, and the service's answer to it fits the domain's answer schema.
 */
@QuarkusTest
class OpenApiSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A schema of the document's components, with the document itself as the root its $refs resolve in. */
    private static JsonSchema component(JsonNode doc, String name) {
        ObjectNode root = doc.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + name);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    @Test
    void everyExampleAndItsAnswerFitTheirSchemas() throws Exception {
        JsonNode doc = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        int checked = 0;
        for (Example example : Example.all()) {
            if (example.expectsRefusal()) {
                continue;
            }
            Domain<?, ?> domain = Domains.named(example.domain()).orElseThrow();
            Set<ValidationMessage> input = component(doc, domain.caseType().getSimpleName()).validate(example.input());
            assertTrue(input.isEmpty(), example.name() + " input: " + input);
            JsonNode answer = JSON.readTree(given().contentType("application/json").body(example.input().toString())
                    .post("/api/v1/evaluations/" + example.domain()).then().statusCode(200).extract().asString());
            Set<ValidationMessage> output = component(doc, DomainsOpenApiFilter.pascal(domain.name()) + "Evaluation")
                    .validate(answer);
            assertTrue(output.isEmpty(), example.name() + " answer: " + output + "\n" + answer);
            checked++;
        }
        assertTrue(checked > 100, "examples checked: " + checked);
        // and a problem is a Problem
        JsonNode problem = JSON.readTree(given().contentType("application/json").body("{\"asOf\": \"2024-02-30\"}")
                .post("/api/v1/evaluations/permit-timeout").then().statusCode(400).extract().asString());
        assertEquals(Set.of(), component(doc, "Problem").validate(problem));
    }
}
