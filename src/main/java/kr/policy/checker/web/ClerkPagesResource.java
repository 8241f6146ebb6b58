package kr.policy.checker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.domain.Question;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.register.CaseRegister;
import kr.policy.checker.register.RegisterKind;
import kr.policy.checker.register.RegisteredCase;
import kr.policy.checker.security.ClerkUsers;
import kr.policy.checker.security.Principal;

/** The clerk area: sign-in, the organization's cases by urgency, a case with its timeline, new cases and events. */
@Path("/clerk")
@Produces(MediaType.TEXT_HTML)
public class ClerkPagesResource {
    @Inject @Location("clerk-login.html") Template login;
    @Inject @Location("clerk-dashboard.html") Template dashboard;
    @Inject @Location("clerk-case.html") Template casePage;
    @Inject @Location("clerk-new.html") Template newCase;
    @Inject @Location("clerk-notice.html") Template notice;
    @Inject SecurityIdentity identity;
    @Inject ClerkUsers clerks;
    @Inject CaseRegister register;
    @Inject RuleEngine engine;
    @Inject PageFrame frame;
    @Inject ObjectMapper json;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "checker.deadline-approaching-days", defaultValue = "7")
    int soonDays;

    /** A dashboard row: a case, its urgency group and its D-day counter. */
    @io.quarkus.qute.TemplateData
    public record Row(String kind, String id, String title, String applicant, String outcome, String outcomeLabel,
                      String keyDate, String dDay) {
    }

    @io.quarkus.qute.TemplateData
    public record Group(String key, String label, List<Row> rows) {
    }

    /** An event of a case as the page lists it: its type in words, never its code. */
    @io.quarkus.qute.TemplateData
    public record EventRow(String date, String label, Integer days, String note) {
    }

    @GET
    @Path("login")
    public TemplateInstance loginPage(@QueryParam("error") String error, @QueryParam("lang") String lang,
                                      @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        return frame.page(login, language, "/clerk/login").data("error", error != null).data("locked", null);
    }

    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/clerk/login"))
                .cookie(new NewCookie.Builder("checker-clerk").path("/").maxAge(0).value("").build()).build();
    }

    @GET
    public TemplateInstance home(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        Principal clerk = clerk();
        Map<String, String> t = PageTexts.of(language);
        LocalDate today = engine.today();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (String g : List.of("deemed", "scheduled", "soon", "pending", "done")) {
            groups.put(g, new ArrayList<>());
        }
        for (RegisterKind kind : RegisterKind.values()) {
            for (RegisteredCase c : all(kind, clerk)) {
                groups.get(group(c, today, soonDays)).add(row(kind, c, today, t));
            }
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((k, rows) -> out.add(new Group(k, t.get("clerk.group." + k), rows)));
        return frame.page(dashboard, language, "/clerk").data("groups", out)
                .data("organization", clerk.organization()).data("user", clerk.name()).data("today", today.toString());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export() throws Exception {
        Principal clerk = clerk();
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.builder().addColumn("register").addColumn("id").addColumn("externalReference")
                .addColumn("title")
                .addColumn("applicant").addColumn("permittingAuthority").addColumn("outcome").addColumn("keyDate")
                .addColumn("evaluatedAsOf").build().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        for (RegisterKind kind : RegisterKind.values()) {
            for (RegisteredCase c : all(kind, clerk)) {
                Map<String, String> r = new LinkedHashMap<>();
                r.put("register", kind.domain());
                r.put("id", c.id.toString());
                r.put("externalReference", c.externalReference == null ? "" : c.externalReference);
                r.put("title", c.title);
                r.put("applicant", c.applicant);
                r.put("permittingAuthority", c.permittingAuthority);
                r.put("outcome", c.outcome);
                r.put("keyDate", c.keyDate == null ? "" : c.keyDate.toString());
                r.put("evaluatedAsOf", c.evaluatedAsOf.toString());
                rows.add(r);
            }
        }
        // a UTF-8 byte-order mark first, so that Excel opens the Korean text correctly
        String body = "\uFEFF" + csv.writer(schema).writeValueAsString(rows);
        return Response.ok(body.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cases-" + engine.today() + ".csv\"").build();
    }

    @GET
    @Path("cases/new")
    public TemplateInstance newCasePage(@QueryParam("kind") String kind, @QueryParam("lang") String lang,
                                        @HeaderParam("Accept-Language") String accept) {
        clerk();
        Language language = PageFrame.language(lang, accept);
        return newCaseForm(kindOf(kind), language, Map.of(), Map.of());
    }

    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@HeaderParam("Accept-Language") String accept, MultivaluedMap<String, String> form) {
        Principal clerk = clerk();
        Language language = PageFrame.language(form.getFirst("lang"), accept);
        RegisterKind kind = kindOf(form.getFirst("kind"));
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : caseFields(kind)) {
            values.put(f, form.getFirst(f));
        }
        ObjectNode body = QuestionForm.toJson(HEADER, values, json);
        body.setAll(QuestionForm.toJson(domainOf(kind).questions(), values, json));
        try {
            CaseRegister.Loaded loaded = register.create(kind, body, clerk, language);
            return Response.seeOther(URI.create("/clerk/cases/" + kind.name() + "/" + loaded.entity().id
                    + "?lang=" + language.tag())).build();
        } catch (ProblemException e) {
            return newCaseForm(kind, language, values, FormErrors.of(e, language));
        }
    }

    @GET
    @Path("cases/{kind}/{id}")
    public TemplateInstance casePage(@PathParam("kind") String kind, @PathParam("id") UUID id,
                                     @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        return caseView(kindOf(kind), id, language, Map.of());
    }

    /**
     * One A4 page to file or hand over: the case, its outcome, each date and how it was counted with its legal basis,
     * the rule-set version and the date of the notice.
     */
    @GET
    @Path("cases/{kind}/{id}/notice")
    public TemplateInstance noticePage(@PathParam("kind") String kind, @PathParam("id") UUID id,
                                       @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        Principal clerk = clerk();
        RegisterKind k = kindOf(kind);
        CaseRegister.Loaded loaded = register.get(k, id, null, clerk, language);
        Map<String, String> t = PageTexts.of(language);
        com.fasterxml.jackson.databind.JsonNode result = json.valueToTree(loaded.evaluation().result());
        String convention = result.path("convention").asText("");
        CaseTimeline.Timeline timeline = CaseTimeline.of(loaded.facts(), result, engine.today(),
                frame.words(domainOf(k)), language, t, domainOf(k).deadlinesMetBy(),
                loaded.evaluation().countedPeriods());
        return notice.data("t", t).data("lang", language.tag()).data("c", loaded.entity())
                .data("organization", clerk.organization())
                .data("evaluation", loaded.evaluation())
                .data("outcomeLabel", t.getOrDefault("case.outcome." + loaded.evaluation().outcome(), ""))
                .data("dates", timeline.points().stream().filter(p -> !p.today()).toList())
                .data("conventionLabel", convention.isEmpty() ? null : t.getOrDefault("convention." + convention, ""))
                .data("today", engine.today().toString())
                .data("heading", t.get("notice.heading." + k.name()));
    }

    @POST
    @Path("cases/{kind}/{id}/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addEvent(@PathParam("kind") String kind, @PathParam("id") UUID id,
                           @HeaderParam("Accept-Language") String accept, MultivaluedMap<String, String> form) {
        Principal clerk = clerk();
        Language language = PageFrame.language(form.getFirst("lang"), accept);
        RegisterKind k = kindOf(kind);
        ObjectNode event = json.createObjectNode();
        event.put("type", form.getFirst("type"));
        for (String f : List.of("date", "note")) {
            String v = form.getFirst(f);
            if (v != null && !v.isBlank()) {
                event.put(f, v.strip());
            }
        }
        String days = form.getFirst("days");
        if (days != null && !days.isBlank()) {
            // digits only (no sign): anything else goes on as text, for the reader to refuse as not a number
            String d = days.strip();
            if (d.matches("[0-9]{1,9}")) {
                event.put("days", Integer.parseInt(d));
            } else {
                event.put("days", d);
            }
        }
        try {
            register.addEvent(k, id, null, event, clerk, language);
            return Response.seeOther(URI.create("/clerk/cases/" + k.name() + "/" + id + "?lang=" + language.tag()))
                    .build();
        } catch (ProblemException e) {
            return caseView(k, id, language, FormErrors.of(e, language));
        }
    }

    private TemplateInstance caseView(RegisterKind kind, UUID id, Language language, Map<String, String> errors) {
        Principal clerk = clerk();
        CaseRegister.Loaded loaded = register.get(kind, id, null, clerk, language);
        Map<String, String> t = PageTexts.of(language);
        Map<String, String> eventLabels = eventLabels(kind, t);
        com.fasterxml.jackson.databind.JsonNode result = json.valueToTree(loaded.evaluation().result());
        String convention = result.path("convention").asText("");
        return frame.page(casePage, language, "/clerk/cases/" + kind.name() + "/" + id)
                .data("kind", kind.name()).data("c", loaded.entity()).data("facts", loaded.facts().toPrettyString())
                .data("evaluation", loaded.evaluation())
                .data("outcomeLabel", t.getOrDefault("case.outcome." + loaded.evaluation().outcome(),
                        loaded.evaluation().outcome()))
                .data("timeline", CaseTimeline.of(loaded.facts(), result, engine.today(),
                        frame.words(domainOf(kind)), language, t, domainOf(kind).deadlinesMetBy(),
                        loaded.evaluation().countedPeriods()))
                .data("conventionLabel", convention.isEmpty() ? null : t.getOrDefault("convention." + convention, ""))
                .data("events", loaded.events().stream().map(e -> new EventRow(e.date == null ? "" : e.date.toString(),
                        eventLabels.getOrDefault(e.type, t.getOrDefault("event." + e.type, t.get("clerk.event.other"))),
                        e.days, e.note)).toList())
                .data("eventTypes", eventLabels)
                .data("errors", errors);
    }

    private TemplateInstance newCaseForm(RegisterKind kind, Language language, Map<String, String> values,
                                         Map<String, String> errors) {
        Map<String, String> t = PageTexts.of(language);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<FormField.Option>> choices = new LinkedHashMap<>();
        HEADER.forEach(q -> labels.put(q.name(), t.getOrDefault("case.field." + q.name(), q.name())));
        Domain<?, ?> domain = domainOf(kind);
        Messages words = frame.words(domain);
        for (Question q : domain.questions()) {
            labels.put(q.name(), QuestionForm.label(words, language, q.name()));
            if (q.choices() != null) {
                choices.put(q.name(), QuestionForm.options(q, values.get(q.name()), words, language, t));
            }
        }
        return frame.page(newCase, language, "/clerk/cases/new?kind=" + kind.name())
                .data("kind", kind.name()).data("heading", t.get("clerk.new." + kind.name()))
                .data("fields", caseFields(kind)).data("labels", labels).data("choices", choices)
                .data("values", values).data("errors", errors);
    }

    /** The case header, asked before the register's domain questions. */
    private static final List<Question> HEADER = List.of(
            Question.text("title"), Question.text("applicant"), Question.text("permittingAuthority"));

    private static Domain<?, ?> domainOf(RegisterKind kind) {
        return Domains.named(kind.domain()).orElseThrow();
    }

    private static List<String> caseFields(RegisterKind kind) {
        return Stream.concat(HEADER.stream(), domainOf(kind).questions().stream()).map(Question::name).toList();
    }

    private static Map<String, String> eventLabels(RegisterKind kind, Map<String, String> t) {
        Map<String, String> out = new LinkedHashMap<>();
        kind.events().keySet().stream().sorted().forEach(e -> out.put(e, t.getOrDefault("event." + e, e)));
        return out;
    }

    private List<RegisteredCase> all(RegisterKind kind, Principal clerk) {
        return register.all(kind, clerk);
    }

    private static String group(RegisteredCase c, LocalDate today, int soonDays) {
        return switch (c.outcome) {
            case "DEEMED_PROCESSED", "OVERDUE" -> "deemed";
            case "DEEMING_SCHEDULED" -> "scheduled";
            case "PENDING", "AWAITING_REQUEST" -> c.keyDate != null && ChronoUnit.DAYS.between(today, c.keyDate) <= soonDays
                    ? "soon" : "pending";
            default -> "done";
        };
    }

    private static Row row(RegisterKind kind, RegisteredCase c, LocalDate today, Map<String, String> t) {
        String dDay = "";
        if (c.keyDate != null) {
            long d = ChronoUnit.DAYS.between(today, c.keyDate);
            dDay = d > 0 ? "D-" + d : d == 0 ? "D-Day" : "D+" + (-d);
        }
        return new Row(kind.name(), c.id.toString(), c.title, c.applicant, c.outcome,
                t.getOrDefault("case.outcome." + c.outcome, c.outcome), c.keyDate == null ? "" : c.keyDate.toString(),
                dDay);
    }

    private Principal clerk() {
        return clerks.principal(identity.getPrincipal().getName());
    }

    private static RegisterKind kindOf(String kind) {
        try {
            return kind == null ? RegisterKind.PERMIT_CASES : RegisterKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }
}
