package kr.policy.checker.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.policy.checker.audit.AuditLog;
import kr.policy.checker.calendar.CalendarDates;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.judging.CaseJudge;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.judging.EvaluationResponse;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.Problem;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.security.Principal;
import kr.policy.checker.text.Language;

/**
 * One firm judged against every incentive of the rule set (contract §11): each incentive domain gets the firm's fields
 * it has, exactly as its own evaluation endpoint would, and the answers are ranked and their missing facts merged into
 * one list of questions. The incentives are the rule set's domains that declare themselves such; nothing here names
 * one, so a new incentive joins without a change here.
 */
@ApplicationScoped
public class ScreeningService {
    private static final String AS_OF = "asOf";
    private static final String FIRM = "firm";
    /** How an outcome ranks in the list: what a firm can have first, what it cannot last. */
    private static final List<String> RANK = List.of("ELIGIBLE", "UNDETERMINED", "NOT_ELIGIBLE");

    private final CaseJudge judge;
    private final CaseReader reader;
    private final AuditLog audit;

    @Inject
    public ScreeningService(CaseJudge judge, CaseReader reader, AuditLog audit) {
        this.judge = judge;
        this.reader = reader;
        this.audit = audit;
    }

    /** An anonymous caller's screening on the rule set in service: nothing is stored. */
    public Screening screen(byte[] body, Language language) {
        return screen(judge.current(), reader.tree(body), language);
    }

    /** A keyed caller's screening: each programme's evaluation is stored, as its own endpoint would store it. */
    public Screening screen(byte[] body, Language language, Principal caller) {
        Screening answer = screen(body, language);
        List<AuditLog.Entry> entries = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < answer.programmes().size(); i++) {
            if (answer.programmes().get(i) instanceof EvaluationResponse judged) {
                entries.add(new AuditLog.Entry(answer.inputs().get(i), judged, language));
                slots.add(i);
            }
        }
        if (entries.isEmpty()) {
            return answer;
        }
        List<UUID> ids = audit.record(caller, entries);
        List<Object> programmes = new ArrayList<>(answer.programmes());
        for (int i = 0; i < ids.size(); i++) {
            int slot = slots.get(i);
            programmes.set(slot, ((EvaluationResponse) programmes.get(slot)).withEvaluationId(ids.get(i)));
        }
        return new Screening(answer.asOf(), answer.ruleSetVersion(), programmes, answer.nextQuestions(),
                answer.inputs());
    }

    /** The screening of a request body ({"asOf", "firm"}) on {@code set}. */
    public Screening screen(RuleSet set, JsonNode body, Language language) {
        if (!body.isObject()) {
            throw ProblemException.of(ProblemType.INVALID_INPUT, "detail.notObject");
        }
        List<DomainRules> incentives = set.domains().stream()
                .filter(r -> r.spec() instanceof Domain<?, ?> d && d.incentive()).toList();
        LocalDate asOf = readRequest(body, incentives, language);
        ObjectNode firm = body.has(FIRM) ? (ObjectNode) body.get(FIRM) : JsonNodeFactory.instance.objectNode();

        List<Object> programmes = new ArrayList<>();
        List<JsonNode> inputs = new ArrayList<>();
        for (DomainRules rules : incentives) {
            ObjectNode input = JsonNodeFactory.instance.objectNode();
            Set<String> known = CaseReader.fieldNames(rules.spec().caseType());
            firm.fields().forEachRemaining(f -> {
                if (known.contains(f.getKey())) {
                    input.set(f.getKey(), f.getValue());
                }
            });
            if (body.hasNonNull(AS_OF)) {
                input.set(AS_OF, body.get(AS_OF));
            }
            inputs.add(input);
            programmes.add(judged(set, rules, input, language));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < programmes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> rank(programmes.get(i))));
        List<Object> ranked = order.stream().map(programmes::get).toList();
        List<JsonNode> rankedInputs = order.stream().map(inputs::get).toList();
        return new Screening(judge.dayOf(asOf), set.version(), ranked, nextQuestions(ranked),
                rankedInputs);
    }

    /** The body holds asOf (a date) and firm (an object of fields some incentive knows), nothing else. */
    private static LocalDate readRequest(JsonNode body, List<DomainRules> incentives, Language language) {
        List<FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals(AS_OF) && !name.equals(FIRM)) {
                errors.add(new FieldError(name, ServiceMessages.get(language, "field.unknown")));
            }
        });
        LocalDate asOf = null;
        JsonNode date = body.get(AS_OF);
        if (date != null && !date.isNull()) {
            asOf = date.isTextual() ? CalendarDates.parseOrNull(date.asText()) : null;
            if (asOf == null) {
                errors.add(new FieldError(AS_OF, ServiceMessages.get(language, "field.badDate", date.toString())));
            }
        }
        JsonNode firm = body.get(FIRM);
        if (firm != null && !firm.isObject()) {
            errors.add(new FieldError(FIRM, ServiceMessages.get(language, "field.badType",
                    ServiceMessages.get(language, "field.type.object"))));
        } else if (firm != null) {
            Set<String> known = new LinkedHashSet<>();
            incentives.forEach(r -> known.addAll(CaseReader.fieldNames(r.spec().caseType())));
            firm.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    errors.add(new FieldError(FIRM + "." + name,
                            ServiceMessages.get(language, "field.unknownToIncentives")));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, errors);
        }
        return asOf;
    }

    /** The programme's own answer, or its refusal: a refusal in one programme hides nothing of the others. */
    private Object judged(RuleSet set, DomainRules rules, JsonNode input, Language language) {
        try {
            return judge.judge(set, rules, input, language);
        } catch (ProblemException e) {
            return Refused.of(rules.domain(), ServiceMessages.problem(e, language));
        }
    }

    private static int rank(Object programme) {
        if (programme instanceof EvaluationResponse answer) {
            int at = RANK.indexOf(answer.outcome());
            return at >= 0 ? at : RANK.size();
        }
        return RANK.size() + 1;
    }

    /** Every missing fact once, with the programmes that need it; those more programmes need first, else in list order. */
    private static List<NextQuestion> nextQuestions(List<Object> programmes) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Object p : programmes) {
            if (p instanceof EvaluationResponse answer) {
                answer.missingFacts().forEach(f -> byField.computeIfAbsent(f, k -> new ArrayList<>()).add(answer.domain()));
            }
        }
        List<NextQuestion> out = new ArrayList<>();
        byField.forEach((field, domains) -> out.add(new NextQuestion(field, List.copyOf(domains))));
        out.sort(Comparator.comparingInt((NextQuestion q) -> q.domains().size()).reversed());
        return out;
    }

    /**
     * A screening's answer. {@code programmes} holds each programme's {@link EvaluationResponse} or {@link Refused};
     * {@code inputs} (not sent) the case each programme was judged on, in the same order.
     */
    public record Screening(LocalDate asOf, String ruleSetVersion, List<Object> programmes,
                            List<NextQuestion> nextQuestions,
                            @com.fasterxml.jackson.annotation.JsonIgnore List<JsonNode> inputs) {
    }

    /** A missing fact and the programmes that need it. */
    public record NextQuestion(String field, List<String> domains) {
    }

    /** A programme that refused the firm's fields: its problem, as its own endpoint would answer it. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"domain", "outcome", "status", "title", "detail", "errors"})
    public record Refused(String domain, String outcome, int status, String title, String detail, List<?> errors) {
        public static final String REFUSED = "REFUSED";

        static Refused of(String domain, Problem problem) {
            return new Refused(domain, REFUSED, problem.status(), problem.title(), problem.detail(),
                    problem.errors() == null ? List.of() : problem.errors());
        }
    }
}
