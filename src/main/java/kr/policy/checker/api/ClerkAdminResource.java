package kr.policy.checker.api;

import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.policy.checker.text.Language;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.security.Access;
import kr.policy.checker.security.ClerkUser;
import kr.policy.checker.security.ClerkUsers;
import kr.policy.checker.security.Principal;
import kr.policy.checker.security.Role;
import kr.policy.checker.security.SecurityAction;
import kr.policy.checker.security.SecurityEvents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Clerk accounts for the clerk pages, for admins. Passwords are never shown or stored as given. */
@Path("/api/v1/admin/clerks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ClerkAdminResource {
    @Inject
    SecurityEvents securityEvents;

    @Inject
    Access access;
    @Inject
    ClerkUsers clerks;
    @Inject
    CaseReader reader;

    public record NewClerk(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "field.username")
                           String username,
                           @NotBlank @Size(min = 10, max = 200) String password,
                           @NotBlank @Size(max = 200) String organization,
                           @Schema(description = "CLERK (default) or ADMIN: a rule author, who also signs in to "
                                   + "/admin/rules") Role role) {
    }

    public record ClerkView(UUID id, String username, String organization, Role role, OffsetDateTime createdAt,
                            OffsetDateTime disabledAt) {
        static ClerkView of(ClerkUser u) {
            return new ClerkView(u.id, u.username, u.organization, u.role, u.createdAt, u.disabledAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a clerk account", description = "Username, password (10 characters or more) and organization.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = NewClerk.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ClerkView.class)))
    @jakarta.transaction.Transactional
    public Response create(@HeaderParam("X-API-Key") String apiKey,
                           @HeaderParam("Accept-Language") String acceptLanguage, byte[] body) {
        Principal admin = access.requireRole(apiKey, Role.ADMIN);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        NewClerk request = reader.read(reader.tree(body), NewClerk.class, language);
        if (request.role() == Role.PARTNER) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, List.of(new FieldError("role",
                    ServiceMessages.get(language, "field.badEnum", "CLERK, ADMIN", "PARTNER"))));
        }
        ClerkUser user = clerks.create(request.username(), request.password(), request.organization(),
                request.role() == null ? Role.CLERK : request.role());
        securityEvents.record(SecurityAction.CLERK_CREATED, admin, user.id,
                user.username + " (" + user.role + ", " + user.organization + ")");
        return Response.created(URI.create("/api/v1/admin/clerks/" + user.id)).entity(ClerkView.of(user)).build();
    }

    @GET
    @Operation(summary = "List clerk accounts")
    public List<ClerkView> list(@HeaderParam("X-API-Key") String apiKey) {
        access.requireRole(apiKey, Role.ADMIN);
        return clerks.list().stream().map(ClerkView::of).toList();
    }
}
