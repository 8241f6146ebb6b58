package kr.policy.checker.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.policy.checker.text.Language;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.security.Access;
import kr.policy.checker.security.ApiKey;
import kr.policy.checker.security.ApiKeys;
import kr.policy.checker.security.Principal;
import kr.policy.checker.security.Role;
import kr.policy.checker.security.SecurityAction;
import kr.policy.checker.security.SecurityEvents;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §6: API keys, for admins. */
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminResource {
    @Inject
    Access access;

    @Inject
    ApiKeys keys;

    @Inject
    CaseReader reader;

    @Inject
    SecurityEvents securityEvents;

    public record NewKey(@NotBlank @Size(max = 200) String name, @NotNull Role role,
                         @NotBlank @Size(max = 200) String organization,
                         @jakarta.validation.constraints.Positive @jakarta.validation.constraints.Max(1_000_000)
                         Integer requestsPerMinute) {
    }

    /** A change of a key's quota: a number, or null for the default. */
    public record QuotaChange(@jakarta.validation.constraints.Positive @jakarta.validation.constraints.Max(1_000_000)
                              Integer requestsPerMinute) {
    }

    /** A key as listed; the secret appears only in the creation answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyView(UUID id, String name, Role role, String organization, Integer requestsPerMinute,
                          OffsetDateTime createdAt, OffsetDateTime revokedAt, String key) {
        static KeyView of(ApiKey k, String secret) {
            return new KeyView(k.id, k.name, k.role, k.organization, k.requestsPerMinute, k.createdAt, k.revokedAt,
                    secret);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key",
            description = "Answers 201 with the key in `key`: it is shown this once; only its hash is kept.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = NewKey.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = KeyView.class)))
    @Transactional
    public Response create(@HeaderParam("X-API-Key") String apiKey,
                           @HeaderParam("Accept-Language") String acceptLanguage, byte[] body) {
        Principal admin = access.requireRole(apiKey, Role.ADMIN);
        NewKey request = reader.read(reader.tree(body), NewKey.class, Language.fromAcceptLanguage(acceptLanguage));
        ApiKeys.Issued issued = keys.issue(request.name().strip(), request.role(), request.organization().strip(),
                request.requestsPerMinute());
        securityEvents.record(SecurityAction.API_KEY_CREATED, admin, issued.key().id,
                issued.key().name + " (" + issued.key().role + ", " + issued.key().organization + ")");
        return Response.created(URI.create("/api/v1/admin/api-keys/" + issued.key().id))
                .entity(KeyView.of(issued.key(), issued.secret())).build();
    }

    @GET
    @Operation(summary = "List API keys", description = "Without their secrets.")
    public List<KeyView> list(@HeaderParam("X-API-Key") String apiKey) {
        access.requireRole(apiKey, Role.ADMIN);
        return keys.list().stream().map(k -> KeyView.of(k, null)).toList();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a key's quota",
            description = "`{\"requestsPerMinute\": n}` gives the key its own quota; null returns it to "
                    + "checker.rate-limit.key-requests-per-minute. Applies at once here and within 2 s (checker.keys.recheck-after) on other instances.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = QuotaChange.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Done",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = KeyView.class)))
    @Transactional
    public KeyView setQuota(@HeaderParam("X-API-Key") String apiKey,
                            @HeaderParam("Accept-Language") String acceptLanguage, @PathParam("id") UUID id,
                            byte[] body) {
        Principal admin = access.requireRole(apiKey, Role.ADMIN);
        QuotaChange change = reader.read(reader.tree(body), QuotaChange.class,
                Language.fromAcceptLanguage(acceptLanguage));
        if (!keys.setQuota(id, change.requestsPerMinute())) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "detail.notFound");
        }
        securityEvents.record(SecurityAction.API_KEY_QUOTA_CHANGED, admin, id,
                change.requestsPerMinute() == null ? "default" : change.requestsPerMinute() + " a minute");
        return keys.list().stream().filter(k -> k.id.equals(id)).findFirst().map(k -> KeyView.of(k, null))
                .orElseThrow();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "The key stops working at once on this instance and "
            + "within 2 s (checker.keys.recheck-after) on the others; its records stay.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Done")
    @Transactional
    public Response revoke(@HeaderParam("X-API-Key") String apiKey, @PathParam("id") UUID id) {
        Principal admin = access.requireRole(apiKey, Role.ADMIN);
        if (!keys.revoke(id)) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "detail.notFound");
        }
        securityEvents.record(SecurityAction.API_KEY_REVOKED, admin, id, null);
        return Response.noContent().build();
    }
}
