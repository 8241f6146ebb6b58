package kr.policy.checker.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.policy.checker.archive.ArchivedVersion;
import kr.policy.checker.archive.RuleSetArchive;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.history.RuleSetHistory;
import kr.policy.checker.judging.QueryParams;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §8.1 and §8.2: the archive of rule-set versions, their files, and the difference of two. */
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets")
public class RuleSetHistoryResource {
    static final String VERSION = "{version}";

    @Inject
    RuleSetHistory history;
    @Inject
    Access access;
    @Inject
    RuleSetArchive archive;
    @Inject
    kr.policy.checker.history.RuleSetFollower follower;
    @Inject
    java.time.Clock clock;

    @GET
    @Path("/versions")
    @Operation(summary = "Archived rule-set versions, newest first",
            description = "Every version that entered service (at a start, by a reload, or adopted from another "
                    + "instance) and every simulation's candidate, once per digest. Needs a key.")
    @APIResponse(responseCode = "200", description = "A page of versions",
            content = @Content(schema = @Schema(implementation = RuleSetHistoryViews.VersionList.class)))
    @APIResponse(responseCode = "401", description = "No or unknown key")
    public RuleSetHistoryViews.VersionList versions(@QueryParam("page") String page, @QueryParam("size") String size,
                                                    @HeaderParam("X-API-Key") String apiKey,
                                                    @HeaderParam("Accept-Language") String acceptLanguage) {
        access.required(apiKey);
        QueryParams params = new QueryParams(Language.fromAcceptLanguage(acceptLanguage));
        int pageNo = params.page(page);
        int pageSize = params.size(size, 50, 200);
        params.throwIfInvalid();
        RuleSetArchive.Listing listing = history.versions(pageNo, pageSize);
        String inService = history.current().version();
        return new RuleSetHistoryViews.VersionList(listing.items().stream()
                .map(v -> RuleSetHistoryViews.VersionItem.of(v, inService)).toList(), listing.total());
    }

    @GET
    @Path("/versions/" + VERSION)
    @Operation(summary = "One archived version: its files and its rules", description = "Needs a key.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = RuleSetHistoryViews.VersionDetail.class)))
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "404", description = "Not archived")
    public RuleSetHistoryViews.VersionDetail version(@PathParam("version") String version,
                                                     @HeaderParam("X-API-Key") String apiKey) {
        access.required(apiKey);
        ArchivedVersion v = history.version(version).orElseThrow(ProblemException::notFound);
        java.util.List<RuleSetView.DomainView> domains = null;
        String compileError = null;
        try {
            domains = RuleSetView.of(history.compiled(version)).domains();
        } catch (RuleSetHistory.NotCompilable e) {
            compileError = e.getMessage();
        }
        return new RuleSetHistoryViews.VersionDetail(v.version, v.firstInServiceAt,
                v.version.equals(history.current().version()), RuleSetHistoryViews.LoadedBy.of(v),
                history.files(version).stream().map(RuleSetHistoryViews.FileItem::of).toList(), domains, compileError);
    }

    @GET
    @Path("/versions/" + VERSION + "/files/{path: .+}")
    @Produces({"text/plain; charset=UTF-8", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "One file of an archived version, its exact bytes",
            description = "text/plain; charset=UTF-8 for a text file, application/octet-stream otherwise. Needs a key.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "404", description = "No such version or file")
    public Response file(@PathParam("version") String version, @PathParam("path") String path,
                         @HeaderParam("X-API-Key") String apiKey) {
        access.required(apiKey);
        byte[] bytes = history.file(version, path).orElseThrow(ProblemException::notFound);
        String type = new RuleFile(path, bytes).isText() ? "text/plain; charset=UTF-8" : MediaType.APPLICATION_OCTET_STREAM;
        return Response.ok(bytes, type).build();
    }

    @GET
    @Path("/instances")
    @Operation(summary = "The instances and the versions they serve (admin)",
            description = "Contract §9: the desired version (the last reload's, on any instance) and each instance "
                    + "that reported in the last ten minutes, with the version it serves and when it was last seen "
                    + "(every 2 s while it runs). An instance that cannot compile the desired version keeps serving "
                    + "its own and says why in adoptError.")
    @APIResponse(responseCode = "200", description = "The instances",
            content = @Content(schema = @Schema(implementation = RuleSetHistoryViews.InstancesView.class)))
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "403", description = "A key that is not an admin's")
    public RuleSetHistoryViews.InstancesView instances(@HeaderParam("X-API-Key") String apiKey) {
        access.requireRole(apiKey, kr.policy.checker.security.Role.ADMIN);
        java.time.OffsetDateTime since = java.time.OffsetDateTime.now(clock).minusMinutes(10);
        return new RuleSetHistoryViews.InstancesView(archive.desired().map(d -> d.version).orElse(null),
                archive.instances(since).stream().map(i -> new RuleSetHistoryViews.InstanceView(i.instance, i.version,
                        i.seenAt, i.startedAt, i.adoptError, i.instance.equals(follower.instance()))).toList());
    }

    @GET
    @Path("/diff")
    @Operation(summary = "What changed between two archived versions",
            description = "Files as unified diffs, rules matched by domain and name with what changed (when, then, "
                    + "salience, legalBasis, validFrom, validTo, message, other metadata), holidays by date. Unchanged "
                    + "files and rules are not listed. Needs a key.")
    @APIResponse(responseCode = "200", description = "The difference",
            content = @Content(schema = @Schema(implementation = RuleSetHistoryViews.DiffView.class),
                    examples = @ExampleObject(name = "a cap changed", value = OpenApiExamples.DIFF)))
    @APIResponse(responseCode = "400", description = "from or to missing or not a version")
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "404", description = "A version that is not archived")
    public RuleSetHistoryViews.DiffView diff(@QueryParam("from") String from, @QueryParam("to") String to,
                                             @HeaderParam("X-API-Key") String apiKey,
                                             @HeaderParam("Accept-Language") String acceptLanguage) {
        access.required(apiKey);
        QueryParams params = new QueryParams(Language.fromAcceptLanguage(acceptLanguage));
        params.version("from", from);
        params.version("to", to);
        params.throwIfInvalid();
        return RuleSetHistoryViews.DiffView.of(from, to, history.diff(from, to));
    }
}
