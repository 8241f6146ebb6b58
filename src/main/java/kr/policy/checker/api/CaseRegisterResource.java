package kr.policy.checker.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.text.Language;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.judging.QueryParams;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.register.CaseRegister;
import kr.policy.checker.register.RegisterKind;
import kr.policy.checker.security.Access;
import kr.policy.checker.security.Principal;

/**
 * Contract §5, shared by the permit-case and regulation-review registers: create, read (?asOf=), list, add events.
 * Every call needs a key and sees only the caller's organization (an admin all). Versions travel as ETag/If-Match.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class CaseRegisterResource {
    @Inject
    CaseRegister register;
    @Inject
    CaseReader reader;
    @Inject
    CaseViews views;
    @Inject
    Access access;
    @Inject
    BodyLimits limits;
    @Inject
    CaseImports imports;

    /** The longest search text (?q=) taken: titles and names are at most 300 characters. */
    static final int MAX_SEARCH = 300;

    protected abstract RegisterKind kind();

    protected abstract String basePath();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("X-API-Key") String apiKey,
                           @HeaderParam("Accept-Language") String acceptLanguage, byte[] body) {
        Principal caller = access.required(apiKey);
        limits.check(basePath(), body.length);
        CaseRegister.Loaded loaded = register.create(kind(), reader.tree(body), caller,
                Language.fromAcceptLanguage(acceptLanguage));
        return Response.created(URI.create(basePath() + "/" + loaded.entity().id))
                .tag(etag(loaded)).entity(views.full(loaded)).build();
    }

    /**
     * Contract §17: many new cases, a JSON array or CSV; each row judged and stored as a single POST (not with
     * ?dryRun=true); the answer gives each row's result.
     */
    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    public CaseImports.ImportAnswer importCases(@QueryParam("dryRun") String dryRun,
                                          @HeaderParam("Content-Type") String contentType,
                                          @HeaderParam("X-API-Key") String apiKey,
                                          @HeaderParam("Accept-Language") String acceptLanguage, byte[] body) {
        Principal caller = access.required(apiKey);
        limits.check(basePath() + "/import", body.length);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        QueryParams params = new QueryParams(language);
        Boolean dry = dryRun == null ? Boolean.FALSE : params.bool("dryRun", dryRun);
        params.throwIfInvalid();
        boolean csv = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
        List<com.fasterxml.jackson.databind.JsonNode> rows = csv ? imports.fromCsv(kind(), body, language)
                : imports.fromJson(body);
        return imports.run(kind(), rows, caller, Boolean.TRUE.equals(dry), language);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id, @QueryParam("asOf") String asOf,
                        @HeaderParam("X-API-Key") String apiKey, @HeaderParam("Accept-Language") String acceptLanguage) {
        Principal caller = access.required(apiKey);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        QueryParams params = new QueryParams(language);
        LocalDate day = asOf == null ? null : params.date("asOf", asOf);
        params.throwIfInvalid();
        CaseRegister.Loaded loaded = register.get(kind(), id, day, caller, language);
        return Response.ok(views.full(loaded)).tag(etag(loaded)).build();
    }

    @GET
    public ObjectNode list(@QueryParam("outcome") String outcome, @QueryParam("deemedBefore") String deemedBefore,
                           @QueryParam("dueBefore") String dueBefore, @QueryParam("q") String text,
                           @QueryParam("externalReference") String reference,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @HeaderParam("X-API-Key") String apiKey,
                           @HeaderParam("Accept-Language") String acceptLanguage) {
        Principal caller = access.required(apiKey);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        QueryParams params = new QueryParams(language);
        // one key-date filter per register (deemedBefore: the deemed date; dueBefore: the reply's due date); the
        // other register's is refused rather than ignored
        String filter = kind().keyDateFilter();
        boolean deemed = filter.equals("deemedBefore");
        String before = deemed ? deemedBefore : dueBefore;
        String other = deemed ? "dueBefore" : "deemedBefore";
        if ((deemed ? dueBefore : deemedBefore) != null) {
            params.error(other, ServiceMessages.get(language, "field.otherRegisterFilter", filter));
        }
        LocalDate beforeDate = before == null ? null : params.date(filter, before);
        if (text != null && text.length() > MAX_SEARCH) {
            params.error("q", ServiceMessages.get(language, "field.maxLength", String.valueOf(MAX_SEARCH)));
        }
        if (reference != null && (reference.isBlank() || reference.length() > CaseRegister.MAX_REFERENCE)) {
            params.error("externalReference", ServiceMessages.get(language, reference.isBlank() ? "field.required"
                    : "field.maxLength", String.valueOf(CaseRegister.MAX_REFERENCE)));
        }
        int pageSize = params.size(size, 50, 200);
        int pageNo = params.page(page);
        if (outcome != null && !outcomes().contains(outcome)) {
            params.error("outcome", ServiceMessages.get(language, "field.badEnum", String.join(", ", outcomes()), outcome));
        }
        params.throwIfInvalid();
        CaseRegister.Listing listing = register.list(kind(), caller, outcome, beforeDate, text, reference, pageNo,
                pageSize);
        return views.listing(kind(), listing, pageNo, pageSize);
    }

    @POST
    @Path("/{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addEvent(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @HeaderParam("X-API-Key") String apiKey,
                             @HeaderParam("Accept-Language") String acceptLanguage, byte[] body) {
        Principal caller = access.required(apiKey);
        limits.check(basePath() + "/events", body.length);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        CaseRegister.Loaded loaded = register.addEvent(kind(), id, versions(ifMatch, language), reader.tree(body),
                caller, language);
        return Response.ok(views.full(loaded)).tag(etag(loaded)).build();
    }

    private List<String> outcomes() {
        Class<? extends Enum<?>> type = Domains.named(kind().domain()).orElseThrow().outcomeType();
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static EntityTag etag(CaseRegister.Loaded loaded) {
        return new EntityTag(Long.toString(loaded.entity().version));
    }

    /**
     * The versions an If-Match accepts ("3" or "3", "4"; weak tags never match, RFC 9110); null without the header or
     * with "*".
     */
    private static List<Long> versions(String ifMatch, Language language) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        List<Long> out = new java.util.ArrayList<>();
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                continue;
            }
            try {
                out.add(Long.parseLong(t.replace("\"", "")));
            } catch (NumberFormatException e) {
                throw ProblemException.fields(ProblemType.INVALID_INPUT, List.of(new FieldError("If-Match",
                        ServiceMessages.get(language, "field.badType", ServiceMessages.get(language, "field.type.integer")))));
            }
        }
        return out;
    }
}
