package kr.policy.checker.api;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.policy.checker.text.Language;
import kr.policy.checker.evaluation.ScreeningService;
import kr.policy.checker.evaluation.ScreeningService.Screening;
import kr.policy.checker.problem.Problem;
import kr.policy.checker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §11: one firm judged against every incentive (open to anyone; stored when the caller has a key). */
@Path("/api/v1/screenings")
@Tag(name = "Evaluations")
public class ScreeningResource {
    @Inject
    ScreeningService screenings;

    @Inject
    Access access;

    @Inject
    BodyLimits limits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screenFirm", summary = "Screen a firm against every incentive",
            description = "Judges the firm against each incentive programme with the fields that programme knows "
                    + "(a field of the same name means the same everywhere). Programmes are listed ELIGIBLE, then "
                    + "UNDETERMINED, then NOT_ELIGIBLE, then REFUSED; each entry is what the programme's own evaluation "
                    + "endpoint answers for those fields. nextQuestions lists every missing fact once, those more "
                    + "programmes need first. With a key each programme's evaluation is stored and carries its id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "an SME that exported and invested", value = OpenApiExamples.SCREENING)))
    @APIResponse(responseCode = "200", description = "One entry per incentive programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Screening.class),
                    examples = @ExampleObject(name = "voucher and tax credit eligible",
                            value = OpenApiExamples.SCREENING_ANSWER)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a bad asOf, or a firm field no incentive knows",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "An unknown key")
    @APIResponse(responseCode = "413", description = "Body over the limit")
    @APIResponse(responseCode = "415", description = "Body is not JSON")
    public Uni<Screening> screen(
            @Parameter(description = "ko (default) or en") @HeaderParam("Accept-Language") String acceptLanguage,
            @Parameter(description = "optional; with a key the programmes' evaluations are stored") @HeaderParam("X-API-Key") String apiKey,
            byte[] body) {
        limits.check("/api/v1/screenings", body.length);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        if (apiKey == null) {
            return Uni.createFrom().item(() -> screenings.screen(body, language));
        }
        return Uni.createFrom().item(() -> screenings.screen(body, language, access.required(apiKey)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
