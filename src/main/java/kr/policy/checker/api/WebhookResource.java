package kr.policy.checker.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kr.policy.checker.text.Language;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.notify.EventType;
import kr.policy.checker.notify.WebhookDelivery;
import kr.policy.checker.notify.WebhookSubscription;
import kr.policy.checker.notify.Webhooks;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.security.Access;
import kr.policy.checker.security.Principal;
import kr.policy.checker.security.Role;
import kr.policy.checker.security.SecurityAction;
import kr.policy.checker.security.SecurityEvents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §7: webhook subscriptions (admin, or a partner for its organization) and the delivery log (admin). */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {
    @Inject
    SecurityEvents securityEvents;

    @Inject
    Access access;
    @Inject
    Webhooks webhooks;
    @Inject
    CaseReader reader;
    @Inject
    kr.policy.checker.notify.WebhookTargets targets;

    public record NewSubscription(@NotNull @Size(max = 2000) String url,
                                  @NotEmpty @Size(max = 20) List<@NotNull @Size(max = 60) String> events,
                                  @NotNull @Size(min = 16, max = 200) String secret) {
    }

    /** A subscription as shown; the secret never leaves the service again. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SubscriptionView(UUID id, String url, List<String> events, String organization, boolean active,
                                   OffsetDateTime createdAt) {
        static SubscriptionView of(WebhookSubscription s) {
            return new SubscriptionView(s.id, s.url, Arrays.asList(s.events.split(",")), s.organization, s.active,
                    s.createdAt);
        }
    }

    public record DeliveryView(UUID id, UUID eventId, String status, int attempts, OffsetDateTime nextAttemptAt,
                               Integer lastStatus, String lastError, OffsetDateTime deliveredAt,
                               OffsetDateTime createdAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.outboxId, d.status, d.attempts, d.nextAttemptAt, d.lastStatus,
                    d.lastError, d.deliveredAt, d.createdAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to events",
            description = "A partner's subscription receives its organization's events, an admin's every "
                    + "organization's. Deliveries are signed: X-Checker-Signature: sha256=<hex HMAC-SHA256 of the body>.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = NewSubscription.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SubscriptionView.class)))
    @jakarta.transaction.Transactional
    public Response subscribe(@HeaderParam("X-API-Key") String apiKey,
                              @HeaderParam("Accept-Language") String acceptLanguage, byte[] body) {
        Principal owner = access.requireRole(apiKey, Role.ADMIN, Role.PARTNER);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        NewSubscription request = reader.read(reader.tree(body), NewSubscription.class, language);
        List<FieldError> errors = new java.util.ArrayList<>();
        URI url = null;
        try {
            url = URI.create(request.url().strip());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        String refusal = targets.refusal(url);
        if (refusal != null) {
            errors.add(new FieldError("url", ServiceMessages.get(language, "field.url") + " (" + refusal + ")"));
        }
        for (int i = 0; i < request.events().size(); i++) {
            String e = request.events().get(i);
            if (!EventType.ALL.contains(e)) {
                errors.add(new FieldError("events[" + i + "]",
                        ServiceMessages.get(language, "field.badEnum", String.join(", ", EventType.ALL), e)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, errors);
        }
        WebhookSubscription s = webhooks.subscribe(owner, url.toString(), request.events().stream().distinct().toList(),
                request.secret());
        securityEvents.record(SecurityAction.WEBHOOK_CREATED, owner, s.id, s.url + " " + request.events());
        return Response.created(URI.create("/api/v1/webhooks/" + s.id)).entity(SubscriptionView.of(s)).build();
    }

    @GET
    @Operation(summary = "List subscriptions")
    public List<SubscriptionView> list(@HeaderParam("X-API-Key") String apiKey) {
        Principal caller = access.requireRole(apiKey, Role.ADMIN, Role.PARTNER);
        return webhooks.list(caller).stream().map(SubscriptionView::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop a subscription", description = "Pending deliveries stay in the log.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Done")
    @jakarta.transaction.Transactional
    public Response unsubscribe(@PathParam("id") UUID id, @HeaderParam("X-API-Key") String apiKey) {
        Principal caller = access.requireRole(apiKey, Role.ADMIN, Role.PARTNER);
        if (!webhooks.deactivate(id, caller)) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "detail.notFound");
        }
        securityEvents.record(SecurityAction.WEBHOOK_REMOVED, caller, id, null);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Delivery log (admin)", description = "Every delivery of the subscription, newest first.")
    public List<DeliveryView> deliveries(@PathParam("id") UUID id, @HeaderParam("X-API-Key") String apiKey) {
        Principal admin = access.requireRole(apiKey, Role.ADMIN);
        webhooks.find(id, admin).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND, "detail.notFound"));
        return webhooks.deliveries(id).stream().map(DeliveryView::of).toList();
    }
}
