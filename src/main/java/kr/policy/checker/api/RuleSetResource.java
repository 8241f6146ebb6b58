package kr.policy.checker.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.history.RuleSetHistory;
import kr.policy.checker.ruleset.RuleSetLoadException;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.security.Access;
import kr.policy.checker.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §4: the rule set in service, and its reload. */
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets")
public class RuleSetResource {
    @Inject
    RuleEngine engine;

    @Inject
    Access access;

    @Inject
    RuleSetHistory history;

    @GET
    @Operation(summary = "The rule set in service",
            description = "Its version (sha256 of the rule files), when it was loaded, and each domain's rules with "
                    + "legal basis, validity period and file.")
    public RuleSetView current() {
        return RuleSetView.of(engine.current());
    }

    @GET
    @Path("/sources")
    @Operation(summary = "The legal sources the rules encode",
            description = "The register of rules/sources.yaml (contract §13.4): each statute, decree, notice or "
                    + "announcement with its promulgated number, dates, the day its text was last compared with the "
                    + "official one (checkedOn) and its official address. Every rule's source is one of these.")
    public LegalSourcesView sources() {
        return LegalSourcesView.of(engine.current().sources());
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Reload the rules directory (admin)",
            description = "Compiles checker.rules.dir afresh and swaps it in atomically, archives the version with the "
                    + "admin who loaded it, and re-judges the open cases of both registers at once (outcome changes "
                    + "become case events and webhooks). A broken file answers 422 with file, line and message, and "
                    + "the previous rule set keeps answering. Needs an admin's X-API-Key.")
    @APIResponse(responseCode = "200", description = "The new rule set in service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "401", description = "No key, or an unknown one")
    @APIResponse(responseCode = "403", description = "A key that is not an admin's")
    @APIResponse(responseCode = "422", description = "The files have errors; nothing changed",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "syntax error", value = OpenApiExamples.RELOAD_422)))
    public RuleSetView reload(@HeaderParam("X-API-Key") String apiKey) {
        var admin = access.requireRole(apiKey, Role.ADMIN);
        try {
            return RuleSetView.of(history.reload(admin));
        } catch (RuleSetLoadException e) {
            throw new ProblemException(ProblemType.RULE_SET_INVALID, e.errors(), "detail.ruleSetInvalid");
        }
    }
}
