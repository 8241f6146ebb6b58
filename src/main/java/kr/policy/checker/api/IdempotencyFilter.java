package kr.policy.checker.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.security.ApiKeys;
import kr.policy.checker.text.Language;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Contract §17, for every POST that creates or changes something, in one place rather than in each resource: a caller
 * with a key who sends {@code Idempotency-Key} gets, on a retry of the same request (method, path with query, body),
 * the first answer again (status, Location, ETag, body) with {@code Idempotent-Replayed: true}, and nothing is done
 * twice; the key with another request is a 422, and while the first is still running a 409 with Retry-After. A 5xx
 * is not kept. Anonymous requests and the POSTs that change nothing (a replay, a screening) ignore the header.
 */
public class IdempotencyFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 255;
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    /** Seconds a caller is asked to wait while the first request with its key runs. */
    static final int RETRY_AFTER_SECONDS = 1;

    @Inject
    IdempotencyKeys store;
    @Inject
    ApiKeys keys;
    @Inject
    ObjectMapper json;

    private record Held(String caller, String key) {
    }

    /** Whether a POST to this path creates or changes something (contract §17's list). */
    static boolean applies(String method, String path) {
        return "POST".equals(method) && path.startsWith("/api/") && !path.endsWith("/replay")
                && !path.startsWith("/api/v1/screenings");
    }

    /**
     * Late among the filters (after the key and role checks), on a worker thread: reads the body, then claims the key
     * or answers from what is kept.
     */
    @ServerRequestFilter(priority = Priorities.USER + 500)
    public Uni<Response> claim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        String apiKey = request.getHeaderString("X-API-Key");
        if (key == null || apiKey == null || !applies(request.getMethod(), request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (!valid(key)) {
            return Uni.createFrom().item(ProblemMappers.respond(ServiceMessages.problem(ProblemException.fields(
                    ProblemType.INVALID_INPUT, List.of(new FieldError(HEADER, ServiceMessages.get(language,
                            "field.idempotencyKey", String.valueOf(MAX_LENGTH))))), language)));
        }
        return Uni.createFrom().item(() -> decide(request, key, apiKey, language))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response decide(ContainerRequestContext request, String key, String apiKey, Language language) {
        Optional<ApiKeys.Quota> quota = keys.quota(apiKey);
        if (quota.isEmpty()) {
            return null; // an unknown key is refused before this filter
        }
        String caller = "key:" + quota.get().keyId();
        byte[] body = body(request);
        IdempotencyKeys.Claim claim = store.claim(caller, key, hash(request, body));
        if (claim instanceof IdempotencyKeys.Claimed) {
            request.setProperty(CLAIM, new Held(caller, key));
            return null;
        }
        if (claim instanceof IdempotencyKeys.Replay r) {
            return replay(r.answer());
        }
        if (claim instanceof IdempotencyKeys.Reused) {
            return ProblemMappers.respond(ServiceMessages.problem(
                    ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "detail.idempotencyKeyReused"), language));
        }
        return Response.fromResponse(ProblemMappers.respond(ServiceMessages.problem(
                ProblemException.of(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, "detail.idempotencyKeyInFlight",
                        RETRY_AFTER_SECONDS), language)))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** 1–255 printable ASCII characters (RFC 9110 field value without tabs or obs-text). */
    static boolean valid(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch < 0x20 || ch > 0x7e) {
                return false;
            }
        }
        return !key.isBlank();
    }

    /** Reads the body once and hands the resource the same bytes. */
    private static byte[] body(ContainerRequestContext request) {
        try (InputStream in = request.getEntityStream()) {
            byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(bytes));
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            URI uri = request.getUriInfo().getRequestUri();
            String target = request.getMethod() + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + "\n";
            sha.update(target.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response replay(IdempotencyKeys.Kept kept) {
        Response.ResponseBuilder r = Response.status(kept.status()).header(REPLAYED, "true");
        if (kept.location() != null) {
            r.header(HttpHeaders.LOCATION, kept.location());
        }
        if (kept.etag() != null) {
            r.header(HttpHeaders.ETAG, kept.etag());
        }
        if (kept.body() != null) {
            r.entity(kept.body().getBytes(StandardCharsets.UTF_8));
            if (kept.contentType() != null) {
                r.type(kept.contentType());
            }
        }
        return r.build();
    }

    /**
     * Keeps the answer of a request that claimed a key (the body as the bytes sent, which then go out as they were
     * kept), or releases the claim after a 5xx. On a worker thread: it writes to the database.
     */
    @ServerResponseFilter
    public Uni<Void> keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Held held)) {
            return Uni.createFrom().voidItem();
        }
        request.removeProperty(CLAIM);
        return Uni.createFrom().<Void>item(() -> {
            if (response.getStatus() >= 500) {
                store.release(held.caller(), held.key());
                return null;
            }
            byte[] body = bytes(response);
            MediaType type = response.getMediaType();
            if (body != null) {
                response.setEntity(body, new Annotation[0], type);
            }
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            store.keep(held.caller(), held.key(), new IdempotencyKeys.Kept(response.getStatus(),
                    location == null ? null : location.toString(), response.getHeaderString(HttpHeaders.ETAG),
                    type == null ? null : type.toString(),
                    body == null ? null : new String(body, StandardCharsets.UTF_8)));
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private byte[] bytes(ContainerResponseContext response) {
        Object entity = response.getEntity();
        try {
            if (entity == null) {
                return null;
            }
            if (entity instanceof byte[] b) {
                return b;
            }
            if (entity instanceof String s) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
            if (entity instanceof StreamingOutput streaming) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                streaming.write(out);
                return out.toByteArray();
            }
            return json.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
