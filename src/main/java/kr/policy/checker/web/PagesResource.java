package kr.policy.checker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.calendar.Period;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Question;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;
import kr.policy.checker.evaluation.DeadlineService;
import kr.policy.checker.evaluation.EvaluationService;
import kr.policy.checker.evaluation.ScreeningService;
import kr.policy.checker.evaluation.ScreeningService.Screening;
import kr.policy.checker.judging.EvaluationResponse;
import kr.policy.checker.problem.ProblemException;

/**
 * The public pages: what the service does, the firm's one self-check against every incentive, a self-check per domain
 * that offers one, the deadline calculator. Nothing is stored.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PagesResource {
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
    @Location("screening.html")
    Template screening;

    @Inject
    ScreeningService screenings;

    @Inject
    EvaluationService evaluations;

    @Inject
    DeadlineService deadlines;

    @Inject
    PageFrame frame;

    @Inject
    ObjectMapper json;

    @GET
    public TemplateInstance home(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        return frame.page(home, language, "/");
    }

    @GET
    @Path("self-check")
    public TemplateInstance screeningForm(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        return screeningPage(language, Map.of(), false);
    }

    @POST
    @Path("self-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance screeningSubmit(@HeaderParam("Accept-Language") String accept,
                                            MultivaluedMap<String, String> form) {
        Language language = PageFrame.language(form.getFirst("lang"), accept);
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        return screeningPage(language, values, true);
    }

    /**
     * The firm's one self-check: the screening of what it has answered so far (nothing stored), its programmes when it
     * has submitted, and the form with the next questions first.
     */
    private TemplateInstance screeningPage(Language language, Map<String, String> values, boolean submitted) {
        Map<String, String> texts = PageTexts.of(language);
        ObjectNode firm = QuestionForm.toJson(ScreeningPage.allQuestions(), values, json);
        ObjectNode body = json.createObjectNode().set("firm", firm);
        Screening answer = screenings.screen(body.toString().getBytes(StandardCharsets.UTF_8), language);
        Map<String, String> errors = ScreeningPage.fieldErrors(answer);
        return frame.page(screening, language, "/self-check")
                .data("form", ScreeningPage.form(answer, values, errors, frame, language, texts))
                .data("programmes", submitted ? ScreeningPage.programmes(answer, frame, language, texts) : List.of())
                .data("errorCount", errors.size())
                .data("regions", QuestionForm.regions())
                .data("ruleSetVersion", answer.ruleSetVersion());
    }

    @GET
    @Path("self-check/{domain}")
    public TemplateInstance selfCheckForm(@PathParam("domain") String domain, @QueryParam("lang") String lang,
                                          @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        return selfCheckPage(selfCheck(domain), language, Map.of(), Map.of(), null, null, List.of());
    }

    @POST
    @Path("self-check/{domain}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance selfCheckSubmit(@PathParam("domain") String domain,
                                            @HeaderParam("Accept-Language") String accept,
                                            MultivaluedMap<String, String> form) {
        Language language = PageFrame.language(form.getFirst("lang"), accept);
        Domain<?, ?> checked = selfCheck(domain);
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        byte[] body = QuestionForm.toJson(checked.questions(), values, json).toString()
                .getBytes(StandardCharsets.UTF_8);
        try {
            EvaluationResponse answer = evaluations.evaluate(domain, body, language);
            return selfCheckPage(checked, language, values, Map.of(), result(checked, answer, language), null,
                    answer.missingFacts());
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(e, language));
            String general = errors.remove(FormErrors.GENERAL);
            return selfCheckPage(checked, language, values, errors, null, general, List.of());
        }
    }

    @GET
    @Path("deadline")
    public TemplateInstance deadlinePage(@QueryParam("start") String start, @QueryParam("days") String days,
                                         @QueryParam("convention") String convention, @QueryParam("lang") String lang,
                                         @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        Map<String, String> texts = PageTexts.of(language);
        // the same reading, limits and refusals as GET /api/v1/calendar/deadline
        Period period = null;
        Map<String, String> errors = Map.of();
        if (start != null || days != null) {
            try {
                period = deadlines.compute(start, days, convention, language).period();
            } catch (ProblemException e) {
                errors = new LinkedHashMap<>(FormErrors.of(e, language));
                String beyond = errors.remove(FormErrors.GENERAL);
                if (beyond != null) {
                    // the period runs beyond the holiday calendar: shown by the start it was counted from
                    errors.put("start", beyond);
                }
            }
        }
        List<FormField.Option> conventions = new ArrayList<>();
        for (Convention c : Convention.values()) {
            conventions.add(new FormField.Option(c.name(), texts.get("convention." + c.name()),
                    c.name().equals(convention == null ? "CIVIL" : convention)));
        }
        return frame.page(deadline, language, "/deadline")
                .data("start", start).data("days", days).data("conventions", conventions)
                .data("errors", errors).data("period", period)
                .data("legalBasis", period == null ? null : period.convention().legalBasis());
    }

    /** A domain firms check themselves against; any other name is not a page. */
    private static Domain<?, ?> selfCheck(String name) {
        return Domains.named(name).filter(Domain::selfCheck).orElseThrow(NotFoundException::new);
    }

    private TemplateInstance selfCheckPage(Domain<?, ?> domain, Language language, Map<String, String> values,
                                           Map<String, String> errors, ResultView result, String general,
                                           List<String> missingFacts) {
        Messages words = frame.words(domain);
        // a question that matters for few cases is shown once an answer asks for it (or it was answered)
        List<Question> shown = domain.questions().stream()
                .filter(q -> q.shown(values, missingFacts) || errors.containsKey(q.name())).toList();
        return frame.page(selfCheck, language, "/self-check/" + domain.name())
                .data("domain", domain.name())
                .data("title", words.text(language, "page.title"))
                .data("intro", words.text(language, "page.intro"))
                .data("fields", QuestionForm.fields(shown, values, errors, words, language,
                        PageTexts.of(language)))
                .data("regions", QuestionForm.regions())
                .data("result", result)
                .data("general", general)
                .data("errorCount", errors.size());
    }

    /** The answer's headline (the domain's headline fields), its reasons, next questions and hints. */
    private ResultView result(Domain<?, ?> domain, EvaluationResponse answer, Language language) {
        Map<String, String> texts = PageTexts.of(language);
        Messages words = frame.words(domain);
        List<String> questions = answer.missingFacts().stream()
                .map(f -> QuestionForm.label(words, language, f)).toList();
        return new ResultView(answer.outcome(), texts.get("outcome." + answer.outcome()),
                ScreeningPage.amounts(domain, answer, words, language), answer.explanation(), answer.sources(), questions,
                answer.hints(), answer.ruleSetVersion());
    }
}
