package kr.policy.checker.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.policy.checker.api.EvaluationResponse;
import kr.policy.checker.api.EvaluationService;
import kr.policy.checker.api.QueryParams;
import kr.policy.checker.api.ProblemException;
import kr.policy.checker.api.ServiceMessages;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.calendar.OutsideCalendarException;
import kr.policy.checker.calendar.Period;
import kr.policy.checker.engine.Language;
import kr.policy.checker.engine.Messages;

/** The public pages: what the service does, the two self-checks and the deadline calculator. Nothing is stored. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PagesResource {
    private static final List<String> SELF_CHECKS = List.of("reshoring-subsidy", "export-voucher");

    @Inject
    @Location("home.html")
    Template home;

    @Inject
    @Location("selfcheck.html")
    Template selfCheck;

    @Inject
    @Location("deadline.html")
    Template deadline;

    @Inject
    EvaluationService evaluations;

    @Inject
    RuleEngine engine;

    @Inject
    ObjectMapper json;

    @GET
    public TemplateInstance home(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = language(lang, accept);
        return page(home, language, "/");
    }

    @GET
    @Path("self-check/{domain}")
    public TemplateInstance selfCheckForm(@PathParam("domain") String domain, @QueryParam("lang") String lang,
                                          @HeaderParam("Accept-Language") String accept) {
        Language language = language(lang, accept);
        return selfCheckPage(domain, language, Map.of(), Map.of(), null, null);
    }

    @POST
    @Path("self-check/{domain}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance selfCheckSubmit(@PathParam("domain") String domain,
                                            @HeaderParam("Accept-Language") String accept,
                                            MultivaluedMap<String, String> form) {
        Language language = language(form.getFirst("lang"), accept);
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        if (!SELF_CHECKS.contains(domain)) {
            throw new NotFoundException();
        }
        byte[] body = SelfCheckForm.toCase(domain, values, json).toString().getBytes(StandardCharsets.UTF_8);
        try {
            EvaluationResponse answer = evaluations.evaluate(domain, body, language, Optional.empty());
            return selfCheckPage(domain, language, values, Map.of(), result(domain, answer, language), null);
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(e, language));
            String general = errors.remove(FormErrors.GENERAL);
            return selfCheckPage(domain, language, values, errors, null, general);
        }
    }

    @GET
    @Path("deadline")
    public TemplateInstance deadlinePage(@QueryParam("start") String start, @QueryParam("days") String days,
                                         @QueryParam("convention") String convention, @QueryParam("lang") String lang,
                                         @HeaderParam("Accept-Language") String accept) {
        Language language = language(lang, accept);
        Map<String, String> texts = PageTexts.of(language);
        // the same reading and limits as GET /api/v1/calendar/deadline
        QueryParams params = new QueryParams(language);
        Period period = null;
        if (start != null || days != null) {
            LocalDate s = params.date("start", start);
            Integer n = params.integer("days", days, 1, kr.policy.checker.api.CalendarResource.MAX_DAYS);
            Convention c = params.enumValue("convention", convention, Convention.class, Convention.CIVIL);
            if (params.errorsByName().isEmpty()) {
                try {
                    period = engine.current().periods().period(s, n, c);
                } catch (OutsideCalendarException e) {
                    params.error("start", ServiceMessages.get(language, "field.outsideCalendar",
                            e.coveredFrom().toString(), e.coveredTo().toString()));
                }
            }
        }
        Map<String, String> errors = params.errorsByName();
        List<FormField.Option> conventions = new ArrayList<>();
        for (Convention c : Convention.values()) {
            conventions.add(new FormField.Option(c.name(), texts.get("convention." + c.name()),
                    c.name().equals(convention == null ? "CIVIL" : convention)));
        }
        return page(deadline, language, "/deadline")
                .data("start", start).data("days", days).data("conventions", conventions)
                .data("errors", errors).data("period", period)
                .data("legalBasis", period == null ? null : period.convention().legalBasis());
    }

    private TemplateInstance selfCheckPage(String domain, Language language, Map<String, String> values,
                                           Map<String, String> errors, ResultView result, String general) {
        if (!SELF_CHECKS.contains(domain)) {
            throw new NotFoundException();
        }
        Map<String, String> texts = PageTexts.of(language);
        Messages messages = engine.current().domain(domain).orElseThrow(NotFoundException::new).messages();
        return page(selfCheck, language, "/self-check/" + domain)
                .data("domain", domain)
                .data("fields", SelfCheckForm.fields(domain, values, errors, texts, messages, language))
                .data("regions", SelfCheckForm.regions())
                .data("result", result)
                .data("general", general)
                .data("errorCount", errors.size());
    }

    private ResultView result(String domain, EvaluationResponse answer, Language language) {
        Map<String, String> texts = PageTexts.of(language);
        JsonNode result = json.valueToTree(answer.result());
        List<ResultView.Amount> amounts = new ArrayList<>();
        List<String> amountFields = domain.equals("reshoring-subsidy")
                ? List.of("capKrw", "grantableAmountKrw")
                : List.of("governmentCapKrw", "totalVoucherKrw", "companyContributionKrw");
        for (String f : amountFields) {
            JsonNode display = result.get(f + "Display");
            if (display != null && !display.isNull()) {
                amounts.add(new ResultView.Amount(texts.get("amount." + f), display.asText()));
            }
        }
        if (result.hasNonNull("tier")) {
            amounts.add(0, new ResultView.Amount(texts.get("amount.tier"), texts.get("tier." + result.get("tier").asText())));
        }
        List<String> questions = answer.missingFacts().stream().map(f -> texts.getOrDefault("field." + f, f)).toList();
        return new ResultView(answer.outcome(), texts.get("outcome." + answer.outcome()), amounts, answer.explanation(),
                questions, answer.hints(), answer.ruleSetVersion());
    }

    static TemplateInstance page(Template template, Language language, String path) {
        return template.data("t", PageTexts.of(language)).data("lang", language.tag()).data("path", path)
                .data("otherLang", language == Language.KO ? "en" : "ko");
    }

    /** ?lang= first, then Accept-Language; Korean by default. */
    static Language language(String lang, String acceptLanguage) {
        if ("en".equalsIgnoreCase(lang)) {
            return Language.EN;
        }
        if ("ko".equalsIgnoreCase(lang)) {
            return Language.KO;
        }
        return Language.fromAcceptLanguage(acceptLanguage);
    }
}
