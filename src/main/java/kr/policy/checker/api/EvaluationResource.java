package kr.policy.checker.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import kr.policy.checker.history.Replay;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import kr.policy.checker.audit.AuditLog;
import kr.policy.checker.text.Language;
import kr.policy.checker.evaluation.EvaluationService;
import kr.policy.checker.judging.EvaluationResponse;
import kr.policy.checker.problem.Problem;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.security.Access;
import kr.policy.checker.security.Principal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §1 and §5: evaluate one case or a batch (open to anyone; stored when the caller has a key), read one back. */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluations")
public class EvaluationResource {
    @Inject
    Replay replay;

    @Inject
    EvaluationService service;

    @Inject
    Access access;

    @Inject
    BodyLimits limits;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @POST
    @Path("/{domain}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate one case",
            description = "Runs one case through the domain's rules. The answer names the outcome, the domain's "
                    + "result fields, every rule that contributed with its legal basis, and the rule-set digest.")
    // the input schema (one of the domains' inputs) and the examples are written by DomainsOpenApiFilter
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", description = "Evaluated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field (named in errors)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "impossible date", value = OpenApiExamples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "Unknown domain")
    @APIResponse(responseCode = "413", description = "Body over the limit")
    @APIResponse(responseCode = "415", description = "Body is not JSON")
    @APIResponse(responseCode = "422", description = "Dates that contradict each other, or a period beyond the calendar")
    public Uni<Response> evaluate(
            @Parameter(description = "the domain (the list is written by DomainsOpenApiFilter)") @PathParam("domain") String domain,
            @Parameter(description = "ko (default) or en") @HeaderParam("Accept-Language") String acceptLanguage,
            @Parameter(description = "optional; with a key the evaluation is stored") @HeaderParam("X-API-Key") String apiKey,
            byte[] body) {
        limits.check("/api/v1/evaluations/" + domain, body.length);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        if (apiKey == null) {
            // anonymous: tens of microseconds of CPU and no database, so it is answered on the I/O thread; the hop
            // to a worker thread and back cost more than the evaluation (docs/benchmarks.md)
            return Uni.createFrom().item(Response.ok(service.evaluate(domain, body, language)).build());
        }
        // with a key: the key is looked up on a worker thread (blocking); the answer is sent when the transaction
        // that stores it, shared with other callers' evaluations, has committed, as the JSON that was stored (a
        // String entity is sent as it is, not quoted)
        return Uni.createFrom().completionStage(() -> service.evaluate(domain, body, language, access.required(apiKey)))
                .map(stored -> Response.ok(stored, MediaType.APPLICATION_JSON_TYPE).build())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @POST
    @Path("/{domain}/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate many cases",
            description = "Answers {\"results\": [...]} in request order. An invalid case gets a problem object in "
                    + "its slot and does not fail the others. All cases are judged by one rule set.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "two cases, one invalid", value = OpenApiExamples.BATCH)))
    @APIResponse(responseCode = "200", description = "One result or problem per case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchResponse.class)))
    public Response batch(
            @Parameter(description = "the domain (the list is written by DomainsOpenApiFilter)") @PathParam("domain") String domain,
            @Parameter(description = "ko (default) or en") @HeaderParam("Accept-Language") String acceptLanguage,
            @Parameter(description = "optional; with a key the evaluations are stored") @HeaderParam("X-API-Key") String apiKey,
            byte[] body) {
        limits.check("/api/v1/evaluations/" + domain + "/batch", body.length);
        EvaluationService.BatchAnswers answers = service.evaluateBatch(domain, body,
                Language.fromAcceptLanguage(acceptLanguage), access.optional(apiKey));
        return Response.ok((StreamingOutput) answers::writeTo, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id: [0-9a-fA-F-]{36}}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A stored evaluation",
            description = "An evaluation made by an authenticated caller: its input, its answer, the rule-set version, "
                    + "the caller and the time. Needs a key; a caller sees its own organization's (an admin all).")
    @APIResponse(responseCode = "200", description = "The stored evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoredEvaluationView.class)))
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "404", description = "No such evaluation for this caller")
    public StoredEvaluationView stored(@PathParam("id") UUID id, @HeaderParam("X-API-Key") String apiKey) {
        Principal caller = access.required(apiKey);
        return audit.find(id, caller).map(r -> StoredEvaluationView.of(r, json))
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND, "detail.notFound"));
    }

    @POST
    @Path("/{id: [0-9a-fA-F-]{36}}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay a stored evaluation",
            description = "Contract §8.3: judges the stored input, as of its stored asOf, on the archived version that "
                    + "decided it (identical: is the stored answer reproduced?) and on the version in service (changes "
                    + "by JSON path, rules that fire in one and not the other). Nothing is stored. Needs a key that "
                    + "can read the evaluation.")
    @APIResponse(responseCode = "200", description = "The replay",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Replay.Answer.class),
                    examples = @ExampleObject(name = "cap lowered since", value = OpenApiExamples.REPLAY)))
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "404", description = "No such evaluation for this caller")
    public Replay.Answer replay(@PathParam("id") UUID id, @HeaderParam("X-API-Key") String apiKey) {
        return replay.replay(id, access.required(apiKey));
    }
}
