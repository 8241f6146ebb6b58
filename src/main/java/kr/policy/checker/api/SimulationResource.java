package kr.policy.checker.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kr.policy.checker.text.Language;
import kr.policy.checker.history.SimulationCsv;
import kr.policy.checker.history.Simulations;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.judging.QueryParams;
import kr.policy.checker.security.Access;
import kr.policy.checker.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §8.4: simulations of a candidate rule set over the stored cases and evaluations (admin). */
@Path("/api/v1/rulesets/simulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets")
public class SimulationResource {
    /** The domains an item can belong to, for ?domain=. */
    private static final List<String> DOMAINS = kr.policy.checker.domain.Domains.all().stream()
            .map(kr.policy.checker.domain.Domain::name).toList();

    @Inject
    Simulations simulations;
    @Inject
    SimulationCsv csv;
    @Inject
    Access access;
    @Inject
    CaseReader reader;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulate a candidate rule set (admin)",
            description = "The candidate is the base version (default: in service) with files replaced (text, or "
                    + "{\"base64\": …}), added or removed (null). It is compiled first: a broken one is a 422 naming file "
                    + "and line, and nothing is stored. Then every register case (as the daily job would judge it "
                    + "today), every stored evaluation in scope (its stored input and asOf) and, with examples, each "
                    + "example file are judged on base and candidate in the background. One simulation runs at a time "
                    + "on an instance: a second gets 409 while it runs. Nothing in service changes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT),
            examples = @ExampleObject(name = "a longer period", value = OpenApiExamples.SIMULATION_REQUEST)))
    @APIResponse(responseCode = "202", description = "Started; Location names it",
            content = @Content(schema = @Schema(implementation = Simulations.View.class),
                    examples = @ExampleObject(name = "finished", value = OpenApiExamples.SIMULATION)))
    @APIResponse(responseCode = "400", description = "A field of the request is invalid; errors name it")
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "403", description = "A key that is not an admin's")
    @APIResponse(responseCode = "404", description = "The base version is not archived")
    @APIResponse(responseCode = "409", description = "A simulation is already running on this instance")
    @APIResponse(responseCode = "422", description = "The candidate does not compile; errors name file and line",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "syntax error", value = OpenApiExamples.RELOAD_422)))
    public Response start(byte[] body, @HeaderParam("X-API-Key") String apiKey,
                          @HeaderParam("Accept-Language") String acceptLanguage) {
        var admin = access.requireRole(apiKey, Role.ADMIN);
        Simulations.View view = simulations.start(reader.tree(body), admin, Language.fromAcceptLanguage(acceptLanguage));
        return Response.accepted(view).location(URI.create("/api/v1/rulesets/simulations/" + view.id())).build();
    }

    @GET
    @Operation(summary = "Recent simulations, newest first (admin)")
    @APIResponse(responseCode = "200", description = "Up to 50 simulations")
    public List<Simulations.View> recent(@HeaderParam("X-API-Key") String apiKey) {
        access.requireRole(apiKey, Role.ADMIN);
        return simulations.recent(50);
    }

    @GET
    @Path("/{id: [0-9a-fA-F-]{36}}")
    @Operation(summary = "A simulation: status, progress and summary (admin)",
            description = "changed counts items whose outcome or any result field differs; transitions count outcome "
                    + "pairs (from = to where only result fields changed); rules lists rules whose firing count differs.")
    @APIResponse(responseCode = "200", description = "The simulation",
            content = @Content(schema = @Schema(implementation = Simulations.View.class),
                    examples = @ExampleObject(name = "finished", value = OpenApiExamples.SIMULATION)))
    @APIResponse(responseCode = "404", description = "No such simulation")
    public Simulations.View get(@PathParam("id") UUID id, @HeaderParam("X-API-Key") String apiKey) {
        access.requireRole(apiKey, Role.ADMIN);
        return simulations.get(id);
    }

    @GET
    @Path("/{id: [0-9a-fA-F-]{36}}/items")
    @Operation(summary = "The judged items of a simulation, paged (admin)",
            description = "Filter with changed=true and domain=…; Accept: text/csv gives the same rows as CSV (UTF-8 "
                    + "with BOM, every matching row, no paging).")
    @APIResponse(responseCode = "200", description = "A page of items",
            content = @Content(schema = @Schema(implementation = Simulations.ItemPage.class)))
    @APIResponse(responseCode = "404", description = "No such simulation")
    public Simulations.ItemPage items(@PathParam("id") UUID id, @QueryParam("changed") String changed,
                                      @QueryParam("domain") String domain, @QueryParam("page") String page,
                                      @QueryParam("size") String size, @HeaderParam("X-API-Key") String apiKey,
                                      @HeaderParam("Accept-Language") String acceptLanguage) {
        access.requireRole(apiKey, Role.ADMIN);
        QueryParams params = new QueryParams(Language.fromAcceptLanguage(acceptLanguage));
        Boolean changedOnly = params.bool("changed", changed);
        params.oneOf("domain", domain, DOMAINS);
        int pageNo = params.page(page);
        int pageSize = params.size(size, 50, 200);
        params.throwIfInvalid();
        return simulations.items(id, changedOnly, domain, pageNo, pageSize);
    }

    @GET
    @Path("/{id: [0-9a-fA-F-]{36}}/items")
    @Produces("text/csv;qs=0.5") // JSON for Accept: */*
    @Operation(hidden = true)
    public Response itemsCsv(@PathParam("id") UUID id, @QueryParam("changed") String changed,
                             @QueryParam("domain") String domain, @HeaderParam("X-API-Key") String apiKey,
                             @HeaderParam("Accept-Language") String acceptLanguage) {
        access.requireRole(apiKey, Role.ADMIN);
        QueryParams params = new QueryParams(Language.fromAcceptLanguage(acceptLanguage));
        Boolean changedOnly = params.bool("changed", changed);
        params.oneOf("domain", domain, DOMAINS);
        params.throwIfInvalid();
        simulations.get(id); // 404 before the stream starts
        StreamingOutput csv = out -> this.csv.write(id, changedOnly, domain, out);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"simulation-" + id + ".csv\"").build();
    }

    @DELETE
    @Path("/{id: [0-9a-fA-F-]{36}}")
    @Operation(summary = "Cancel a running simulation (admin)")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = Simulations.View.class)))
    @APIResponse(responseCode = "404", description = "No such simulation")
    @APIResponse(responseCode = "409", description = "It is not running")
    public Simulations.View cancel(@PathParam("id") UUID id, @HeaderParam("X-API-Key") String apiKey) {
        return simulations.cancel(id, access.requireRole(apiKey, Role.ADMIN));
    }
}
