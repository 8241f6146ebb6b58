package kr.policy.checker.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.policy.checker.text.Language;
import kr.policy.checker.judging.QueryParams;
import kr.policy.checker.security.Access;
import kr.policy.checker.security.Role;
import kr.policy.checker.security.SecurityAction;
import kr.policy.checker.security.SecurityEvent;
import kr.policy.checker.security.SecurityEvents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §14: the security audit, newest first, for admins. */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SecurityAuditResource {
    @Inject
    Access access;

    @Inject
    SecurityEvents events;

    /** One recorded event. {@code actorKeyId} is absent for sign-in events, {@code address} for admin actions. */
    public record EventView(UUID id, OffsetDateTime at, SecurityAction action, String actor, UUID actorKeyId,
                            String target, String detail, String address) {
        static EventView of(SecurityEvent e) {
            return new EventView(e.id, e.occurredAt, e.action, e.actor, e.actorKey, e.target, e.detail, e.address);
        }
    }

    public record EventList(List<EventView> items, long total) {
    }

    @GET
    @Operation(summary = "The security audit (admin)",
            description = "Key, clerk-account and webhook creation and removal, reloads, simulations, sign-ins, "
                    + "sign-in failures and locks: who, when and what, newest first. `action` filters by one action.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(schema = @Schema(implementation = EventList.class)))
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "403", description = "Not an admin key")
    @APIResponse(responseCode = "400", description = "A bad page, size or action")
    public EventList list(@QueryParam("action") String action, @QueryParam("page") String page,
                          @QueryParam("size") String size, @HeaderParam("X-API-Key") String apiKey,
                          @HeaderParam("Accept-Language") String acceptLanguage) {
        access.requireRole(apiKey, Role.ADMIN);
        QueryParams params = new QueryParams(Language.fromAcceptLanguage(acceptLanguage));
        SecurityAction filter = params.enumValue("action", action, SecurityAction.class, null);
        int pageNo = params.page(page);
        int pageSize = params.size(size, 50, 200);
        params.throwIfInvalid();
        SecurityEvents.Listing listing = events.list(Optional.ofNullable(filter), pageNo, pageSize);
        return new EventList(listing.items().stream().map(EventView::of).toList(), listing.total());
    }
}
