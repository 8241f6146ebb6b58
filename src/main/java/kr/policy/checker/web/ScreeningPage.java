package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.domain.Question;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.engine.FactProperties;
import kr.policy.checker.engine.Hint;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;
import kr.policy.checker.evaluation.ScreeningService.NextQuestion;
import kr.policy.checker.evaluation.ScreeningService.Refused;
import kr.policy.checker.evaluation.ScreeningService.Screening;
import kr.policy.checker.judging.EvaluationResponse;
import kr.policy.checker.problem.FieldError;

/**
 * The firm's one self-check (/self-check) as a page: every incentive's questions merged by field name (the words of
 * the first incentive that asks it), split into the questions the screening asks next (with the programmes that need
 * each and why), those already answered and the rest; and one card per programme.
 */
final class ScreeningPage {

    /** A question the screening asks next: the field, the programmes that need it and what they say about it. */
    @TemplateData
    record Asked(FormField field, List<String> neededBy, List<String> reasons) {
    }

    /** One programme's answer as a card. */
    @TemplateData
    record Programme(String domain, String name, String outcome, String outcomeLabel, String headline,
                     List<ResultView.Amount> amounts, List<ExplanationEntry> reasons,
                     List<kr.policy.checker.judging.SourceReference> sources, List<Hint> hints,
                     List<String> questions, List<String> errors, String detail) {
        public boolean eligible() {
            return "ELIGIBLE".equals(outcome);
        }

        /** The element id of this card's list of legal sources. */
        public String sourcesId() {
            return "sources-" + domain;
        }
    }

    /** The three parts of the form. */
    record Form(List<Asked> next, List<FormField> answered, List<FormField> others) {
    }

    private record Owned(Question question, Domain<?, ?> owner) {
    }

    private ScreeningPage() {
    }

    /** Every incentive's questions once, in the order the incentives list them; a field's words are its first asker's. */
    private static List<Owned> questions() {
        Map<String, Owned> byName = new LinkedHashMap<>();
        for (Domain<?, ?> d : Domains.incentives()) {
            d.questions().forEach(q -> byName.putIfAbsent(q.name(), new Owned(q, d)));
        }
        return List.copyOf(byName.values());
    }

    static List<Question> allQuestions() {
        return questions().stream().map(Owned::question).toList();
    }

    /** The form: the next questions in the screening's order, then the answered ones, then the rest. */
    static Form form(Screening screening, Map<String, String> values, Map<String, String> errors, PageFrame frame,
                     Language language, Map<String, String> texts) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        for (Owned o : questions()) {
            fields.put(o.question().name(), QuestionForm.field(o.question(), values, errors, frame.words(o.owner()),
                    language, texts));
        }
        List<Asked> next = new ArrayList<>();
        for (NextQuestion q : screening.nextQuestions()) {
            FormField field = fields.remove(q.field());
            if (field != null) {
                next.add(new Asked(field, q.domains().stream().map(d -> programmeName(d, frame, language)).toList(),
                        reasons(screening, q.field(), frame, language)));
            }
        }
        List<FormField> answered = new ArrayList<>();
        List<FormField> others = new ArrayList<>();
        Map<String, Question> byName = new LinkedHashMap<>();
        questions().forEach(o -> byName.put(o.question().name(), o.question()));
        for (FormField f : fields.values()) {
            if (f.answered() || f.error() != null) {
                answered.add(f);
            } else if (!byName.get(f.name()).askedWhenMissing()) {
                // a question that matters for few cases is shown only when the screening asks it next
                others.add(f);
            }
        }
        return new Form(next, answered, others);
    }

    /** What each programme that lacks the field says about it (its hint on that field). */
    private static List<String> reasons(Screening screening, String field, PageFrame frame, Language language) {
        List<String> out = new ArrayList<>();
        for (Object p : screening.programmes()) {
            if (p instanceof EvaluationResponse answer && answer.missingFacts().contains(field)) {
                answer.hints().stream().filter(h -> field.equals(h.field())).findFirst().ifPresent(h ->
                        out.add(programmeName(answer.domain(), frame, language) + ": " + h.message()));
            }
        }
        return out;
    }

    /** One card per programme, in the screening's order. */
    static List<Programme> programmes(Screening screening, PageFrame frame, Language language,
                                      Map<String, String> texts) {
        List<Programme> out = new ArrayList<>();
        for (Object p : screening.programmes()) {
            if (p instanceof EvaluationResponse answer) {
                Domain<?, ?> domain = Domains.named(answer.domain()).orElseThrow();
                Messages words = frame.words(domain);
                out.add(new Programme(answer.domain(), programmeName(answer.domain(), frame, language),
                        answer.outcome(), texts.get("outcome." + answer.outcome()), answer.headline(),
                        amounts(domain, answer, words, language), answer.explanation(), answer.sources(),
                        answer.hints(),
                        answer.missingFacts().stream().map(f -> QuestionForm.label(words, language, f)).toList(),
                        List.of(), null));
            } else if (p instanceof Refused refused) {
                Messages words = frame.words(Domains.named(refused.domain()).orElseThrow());
                List<String> errors = refused.errors().stream().filter(FieldError.class::isInstance)
                        .map(e -> (FieldError) e)
                        .map(e -> QuestionForm.label(words, language, baseField(e.field())) + ": " + e.message())
                        .toList();
                out.add(new Programme(refused.domain(), programmeName(refused.domain(), frame, language),
                        Refused.REFUSED, texts.get("outcome.REFUSED"), null, List.of(), List.of(), List.of(),
                        List.of(), List.of(), errors, refused.detail()));
            }
        }
        return out;
    }

    /** The field errors of the refused programmes, by the form's field (an element's error on its list). */
    static Map<String, String> fieldErrors(Screening screening) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Object p : screening.programmes()) {
            if (p instanceof Refused refused) {
                refused.errors().stream().filter(FieldError.class::isInstance).map(e -> (FieldError) e)
                        .forEach(e -> errors.putIfAbsent(e.field(), e.message()));
            }
        }
        return errors;
    }

    /** The domain's headline fields, as its own self-check shows them. */
    static List<ResultView.Amount> amounts(Domain<?, ?> domain, EvaluationResponse answer, Messages words,
                                           Language language) {
        List<ResultView.Amount> headline = new ArrayList<>();
        for (String field : domain.headline()) {
            Object value = FactProperties.value(answer.result(), field);
            String shown = value instanceof Enum<?> choice ? words.label(language, choice)
                    : value == null ? null : (String) FactProperties.value(answer.result(), field + "Display");
            if (shown != null) {
                headline.add(new ResultView.Amount(words.text(language, "page.result." + field), shown));
            }
        }
        return headline;
    }

    private static String programmeName(String domain, PageFrame frame, Language language) {
        return frame.words(Domains.named(domain).orElseThrow()).text(language, "page.name");
    }

    /** investments[0].amountKrw → investments. */
    private static String baseField(String field) {
        int cut = field.length();
        for (char c : new char[] {'[', '.'}) {
            int at = field.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return field.substring(0, cut);
    }
}
