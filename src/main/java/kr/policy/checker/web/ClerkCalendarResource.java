package kr.policy.checker.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.calendar.CalendarDates;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.register.CaseRegister;
import kr.policy.checker.register.RegisterKind;
import kr.policy.checker.register.RegisteredCase;
import kr.policy.checker.security.ClerkUsers;
import kr.policy.checker.security.Principal;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;

/** /clerk/calendar?month=2024-05: the organization's deemed dates and deadlines of one month, with the holidays. */
@Path("/clerk/calendar")
@Produces(MediaType.TEXT_HTML)
public class ClerkCalendarResource {
    @Inject @Location("clerk-calendar.html") Template page;
    @Inject SecurityIdentity identity;
    @Inject ClerkUsers clerks;
    @Inject CaseRegister register;
    @Inject RuleEngine engine;
    @Inject PageFrame frame;
    @Inject ObjectMapper json;

    @GET
    public TemplateInstance month(@QueryParam("month") String month, @QueryParam("lang") String lang,
                                  @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        Principal clerk = clerks.principal(identity.getPrincipal().getName());
        Map<String, String> t = PageTexts.of(language);
        LocalDate today = engine.today();
        YearMonth shown = YearMonth.from(today);
        String error = null;
        if (month != null && !month.isBlank()) {
            YearMonth named = CalendarDates.monthOrNull(month.strip());
            if (named == null) {
                error = t.get("calendar.badMonth");
            } else {
                shown = named;
            }
        }
        List<MonthCalendar.Dated> dated = new ArrayList<>();
        for (RegisterKind kind : RegisterKind.values()) {
            var domain = Domains.named(kind.domain()).orElseThrow();
            Messages words = frame.words(domain);
            for (RegisteredCase c : cases(kind, clerk)) {
                // the case judged as today, as its page shows it: every date of its answer, in the domain's words
                CaseRegister.Loaded loaded = register.get(kind, c.id, null, clerk, language);
                JsonNode result = json.valueToTree(loaded.evaluation().result());
                String link = "/clerk/cases/" + kind.name() + "/" + c.id + "?lang=" + language.tag();
                result.fields().forEachRemaining(f -> {
                    LocalDate d = CaseTimeline.date(f.getValue());
                    String label = words.text(language, "page.date." + f.getKey());
                    if (d != null && label != null) {
                        String state = CaseTimeline.state(f.getKey(), d, loaded.facts(), domain.deadlinesMetBy(),
                                today);
                        dated.add(new MonthCalendar.Dated(d, new MonthCalendar.Entry(label, c.title, link, state,
                                t.get("clerk.date." + state))));
                    }
                });
            }
        }
        return frame.page(page, language, "/clerk/calendar?month=" + shown)
                .data("m", MonthCalendar.of(shown, today, dated, engine.current().calendar(), language, t))
                .data("error", error).data("organization", clerk.organization());
    }

    private List<RegisteredCase> cases(RegisterKind kind, Principal clerk) {
        return register.all(kind, clerk);
    }
}
