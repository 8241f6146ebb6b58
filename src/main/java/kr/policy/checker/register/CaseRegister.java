package kr.policy.checker.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.audit.AuditLog;
import kr.policy.checker.calendar.CalendarDates;
import kr.policy.checker.judging.CaseJudge;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.judging.EvaluationResponse;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.security.Principal;
import kr.policy.checker.text.Language;

/**
 * The case register (contract §5): cases of an organization, their append-only events, and every change judged by
 * the rules before it is kept. A change the rules refuse is not stored; nothing is half-stored.
 */
@ApplicationScoped
public class CaseRegister {
    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    CaseJudge judge;
    @Inject
    CaseReader reader;
    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper json;
    @Inject
    RuleEngine engine;
    @Inject
    Clock clock;
    @Inject
    kr.policy.checker.notify.Notifier notifier;
    @Inject
    OneStatuteCheck oneStatute;
    @Inject
    UnreadableCases unreadable;

    /** The event the service itself records when the daily re-evaluation changes a case's outcome. */
    public static final String OUTCOME_CHANGED = "OUTCOME_CHANGED";

    /** The longest externalReference (contract §17). */
    public static final int MAX_REFERENCE = 100;

    /** The header of a new case; the rest of the body is the domain's input. */
    public record Header(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 300) String applicant,
                         @NotBlank @Size(max = 300) String permittingAuthority,
                         @Size(min = 1, max = MAX_REFERENCE)
                         // a partner's own id is matched exactly (?externalReference=): spaces around it are refused,
                         // not trimmed away
                         @jakarta.validation.constraints.Pattern(regexp = "\\S(?s:.*\\S)?",
                                 message = "field.surroundingSpace")
                         String externalReference) {
    }

    /** An event as posted. */
    public record EventInput(@NotBlank @Size(max = 40) String type, LocalDate date,
                             @Positive @jakarta.validation.constraints.Max(3650) Integer days,
                             @Size(max = 2000) String note) {
    }

    /** A case, the facts judged (as known on the day asked), its events and its evaluation. */
    public record Loaded(RegisteredCase entity, ObjectNode facts, List<CaseEvent> events,
                         EvaluationResponse evaluation) {
    }

    public record Listing(List<RegisteredCase> items, long total) {
    }

    @Transactional
    public Loaded create(RegisterKind kind, JsonNode body, Principal caller, Language language) {
        return create(kind, body, caller, language, false);
    }

    /**
     * A new case read, checked and judged exactly as {@link #create(RegisterKind, JsonNode, Principal, Language)}
     * does; with {@code dryRun} nothing is stored and null is returned once every check has passed (an import's
     * preview).
     */
    @Transactional
    public Loaded create(RegisterKind kind, JsonNode body, Principal caller, Language language, boolean dryRun) {
        ObjectNode facts = object(body);
        ObjectNode headerNode = json.createObjectNode();
        for (String field : List.of("title", "applicant", "permittingAuthority", "externalReference")) {
            JsonNode value = facts.remove(field);
            if (value != null) {
                headerNode.set(field, value);
            }
        }
        if (facts.has("asOf")) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT,
                    List.of(new FieldError("asOf", ServiceMessages.get(language, "field.notForCreation"))));
        }
        Header header = reader.read(headerNode, Header.class, language);
        EvaluationResponse answer = judge.judgeFacts(kind.domain(), facts, null, language);
        oneStatute.check(kind.domain(), caller.organization(), header.applicant(), null, facts);
        String reference = header.externalReference();
        if (reference != null) {
            Optional<RegisteredCase> used = byReference(kind, caller.organization(), reference);
            if (used.isPresent()) {
                throw ProblemException.of(ProblemType.CONFLICT, "detail.referenceUsed", reference)
                        .at(kind.path() + "/" + used.get().id);
            }
        }
        if (dryRun) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        RegisteredCase c = new RegisteredCase();
        c.externalReference = reference;
        c.id = UUID.randomUUID();
        c.domain = kind.domain();
        c.organization = caller.organization();
        c.title = header.title().strip();
        c.applicant = header.applicant().strip();
        c.applicantKey = OneStatuteCheck.key(c.applicant);
        c.permittingAuthority = header.permittingAuthority().strip();
        c.initialFactsJson = facts.toString();
        c.createdAt = now;
        apply(kind, c, facts, answer, caller, now, language);
        c.persist();
        if (reference != null) {
            try {
                // two requests with one reference at once: the unique index lets one in; the other is the same 409
                RegisteredCase.getEntityManager().flush();
            } catch (org.hibernate.exception.ConstraintViolationException e) {
                throw ProblemException.of(ProblemType.CONFLICT, "detail.referenceUsed", reference);
            }
        }
        notifier.outcomeChanged(c.subject(), null, answer.asOf());
        return new Loaded(c, facts, List.of(), answer.withEvaluationId(c.evaluationId));
    }

    @Transactional
    public Loaded addEvent(RegisterKind kind, UUID id, List<Long> acceptedVersions, JsonNode body, Principal caller,
                           Language language) {
        RegisteredCase c = find(kind, id, caller);
        if (acceptedVersions != null && !acceptedVersions.contains(c.version)) {
            throw ProblemException.of(ProblemType.PRECONDITION_FAILED, "detail.staleVersion", c.version,
                    acceptedVersions.isEmpty() ? "-" : acceptedVersions.get(0));
        }
        EventInput event = reader.read(body, EventInput.class, language);
        RegisterKind.Effect effect = kind.events().get(event.type());
        if (effect == null) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, List.of(new FieldError("type",
                    ServiceMessages.get(language, "field.eventType", String.join(", ", kind.events().keySet())))));
        }
        LocalDate today = engine.today();
        if (event.date() != null && event.date().isAfter(today)) {
            // an event records what has happened: like any fact it cannot lie after today
            throw ProblemException.fields(ProblemType.CONTRADICTORY_INPUT, List.of(new FieldError("date",
                    ServiceMessages.get(language, "field.afterAsOf", today.toString()))));
        }
        ObjectNode facts = read(c.factsJson);
        stored(c, () -> {
            judge.checkStored(kind.domain(), facts, language);
            return facts;
        });
        applyEffect(effect, event, facts, language);
        EvaluationResponse answer = judge.judgeFacts(kind.domain(), facts, null, language);
        oneStatute.check(kind.domain(), c.organization, c.applicant, c.id, facts);
        OffsetDateTime now = OffsetDateTime.now(clock);
        CaseEvent e = new CaseEvent();
        e.id = UUID.randomUUID();
        e.caseId = c.id;
        e.seq = (int) CaseEvent.count("caseId", c.id) + 1;
        e.type = event.type();
        e.date = event.date();
        e.days = event.days();
        e.note = event.note() == null ? null : event.note().strip();
        e.createdAt = now;
        e.createdBy = caller.keyId();
        e.persist();
        String before = c.outcome;
        apply(kind, c, facts, answer, caller, now, language);
        notifier.outcomeChanged(c.subject(), before, answer.asOf());
        // flush here so that a concurrent change surfaces as a version conflict inside this request
        RegisteredCase.getEntityManager().flush();
        return new Loaded(c, facts, events(c.id), answer.withEvaluationId(c.evaluationId));
    }

    /** The case judged on {@code asOf} (default today) with the facts known by then; nothing is stored. */
    @Transactional
    public Loaded get(RegisterKind kind, UUID id, LocalDate asOf, Principal caller, Language language) {
        RegisteredCase c = find(kind, id, caller);
        return stored(c, () -> {
            List<CaseEvent> events = events(c.id);
            ObjectNode facts = asOf == null ? read(c.factsJson) : factsAsOf(kind, c, events, asOf, language);
            List<CaseEvent> shown = asOf == null ? events : events.stream()
                    .filter(e -> !eventDay(e).isAfter(asOf)).toList();
            return new Loaded(c, facts, shown, asOf == null
                    ? judge.judgeStored(kind.domain(), facts, null, language)
                    : judgeAsOf(kind, c, facts, asOf, language));
        });
    }

    /**
     * The case's facts known on {@code asOf} judged on that day. Its stored facts were found readable first, so a
     * required fact missing now is one that lies after asOf (a review asked about before its start date): the case
     * is not known on that day, which is the question's contradiction (422 on asOf), not a defect of the stored case.
     */
    private EvaluationResponse judgeAsOf(RegisterKind kind, RegisteredCase c, ObjectNode facts, LocalDate asOf,
                                         Language language) {
        try {
            return judge.judgeStored(kind.domain(), facts, asOf, language);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.STORED_CASE_UNREADABLE) {
                throw e;
            }
            ObjectNode initial = read(c.initialFactsJson);
            List<FieldError> later = new ArrayList<>();
            for (Object error : e.errors()) {
                if (error instanceof FieldError missing && !facts.has(missing.field()) && initial.path(missing.field()).isTextual()) {
                    later.add(new FieldError("asOf", ServiceMessages.get(language, "field.asOfBeforeFact",
                            asOf.toString(), missing.field(), initial.get(missing.field()).asText())));
                }
            }
            if (later.isEmpty() || later.size() != e.errors().size()) {
                throw e;
            }
            throw ProblemException.fields(ProblemType.CONTRADICTORY_INPUT, later);
        }
    }

    /**
     * Work on a stored case whose facts may hold a value stored before the input rules became strict: such a case
     * is reported (readiness, the rule authors' page) and refused with 409, never judged on a guess.
     */
    private <T> T stored(RegisteredCase c, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.STORED_CASE_UNREADABLE) {
                unreadable.report(c.id, c.domain, c.organization, e.errors());
            }
            throw e;
        }
    }

    /** Every case of a register the caller may see (its organization's; an admin's, all), read a page at a time. */
    @Transactional
    public List<RegisteredCase> all(RegisterKind kind, Principal caller) {
        List<RegisteredCase> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            Listing l = list(kind, caller, null, null, null, page, 200);
            out.addAll(l.items());
            if (out.size() >= l.total() || l.items().isEmpty()) {
                return out;
            }
        }
    }

    @Transactional
    public Listing list(RegisterKind kind, Principal caller, String outcome, LocalDate keyBefore, String text,
                        int page, int size) {
        return list(kind, caller, outcome, keyBefore, text, null, page, size);
    }

    /** A page of the register, filtered; {@code reference}: the partner's externalReference (exact). */
    @Transactional
    public Listing list(RegisterKind kind, Principal caller, String outcome, LocalDate keyBefore, String text,
                        String reference, int page, int size) {
        StringBuilder q = new StringBuilder("domain = :domain");
        Parameters p = Parameters.with("domain", kind.domain());
        if (!caller.isAdmin()) {
            q.append(" and organization = :organization");
            p.and("organization", caller.organization());
        }
        if (outcome != null) {
            q.append(" and outcome = :outcome");
            p.and("outcome", outcome);
        }
        if (keyBefore != null) {
            q.append(" and keyDate < :before");
            p.and("before", keyBefore);
        }
        if (reference != null) {
            q.append(" and externalReference = :reference");
            p.and("reference", reference.strip());
        }
        if (text != null && !text.isBlank()) {
            q.append(" and (lower(title) like :text or lower(applicant) like :text or lower(permittingAuthority) like :text)");
            p.and("text", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        var query = RegisteredCase.<RegisteredCase>find(q.toString(),
                Sort.by("keyDate", Sort.NullPrecedence.NULLS_LAST).and("createdAt"), p);
        long total = query.count();
        List<RegisteredCase> items = query.page(Page.of(page, Math.min(size, MAX_PAGE_SIZE))).list();
        return new Listing(items, total);
    }

    /** The organization's case of this register with the partner's reference {@code reference}. */
    public Optional<RegisteredCase> byReference(RegisterKind kind, String organization, String reference) {
        return RegisteredCase.<RegisteredCase>find("domain = ?1 and organization = ?2 and externalReference = ?3",
                kind.domain(), organization, reference).firstResultOptional();
    }

    public List<CaseEvent> events(UUID caseId) {
        return CaseEvent.<CaseEvent>list("caseId", Sort.by("seq"), caseId);
    }

    private RegisteredCase find(RegisterKind kind, UUID id, Principal caller) {
        return RegisteredCase.<RegisteredCase>findByIdOptional(id)
                .filter(c -> c.domain.equals(kind.domain()) && caller.maySee(c.organization))
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND, "detail.notFound"));
    }

    /** Stores the new facts and their evaluation on the case, with an audit record of the evaluation. */
    private void apply(RegisterKind kind, RegisteredCase c, ObjectNode facts, EvaluationResponse answer,
                       Principal caller, OffsetDateTime now, Language language) {
        c.factsJson = facts.toString();
        c.outcome = answer.outcome();
        c.keyDate = keyDate(kind, answer);
        c.evaluatedAsOf = answer.asOf();
        c.ruleSetVersion = answer.ruleSetVersion();
        c.updatedAt = now;
        c.evaluationId = audit.record(caller, c.organization, List.of(new AuditLog.Entry(facts, answer, language))).get(0);
    }

    /**
     * Re-judges a stored case on {@code today} (the daily job's step, in the caller's transaction): a changed outcome
     * becomes an event on the case and an outbox entry. Returns the outcome before, if it changed.
     */
    public Optional<String> reevaluate(RegisteredCase c, LocalDate today) {
        RegisterKind kind = kindOf(c.domain);
        EvaluationResponse answer = stored(c, () -> judge.judgeStored(kind.domain(), read(c.factsJson), today,
                Language.KO));
        String before = c.outcome;
        LocalDate keyDate = keyDate(kind, answer);
        c.evaluatedAsOf = today; // excluded from the version: a quiet night does not invalidate clients' ETags
        c.ruleSetVersion = answer.ruleSetVersion();
        if (before.equals(answer.outcome()) && java.util.Objects.equals(keyDate, c.keyDate)) {
            return Optional.empty();
        }
        c.outcome = answer.outcome();
        c.keyDate = keyDate;
        c.updatedAt = OffsetDateTime.now(clock);
        if (before.equals(c.outcome)) {
            return Optional.empty();
        }
        CaseEvent e = new CaseEvent();
        e.id = UUID.randomUUID();
        e.caseId = c.id;
        e.seq = (int) CaseEvent.count("caseId", c.id) + 1;
        e.type = OUTCOME_CHANGED;
        e.date = today;
        e.note = before + " → " + c.outcome;
        e.createdAt = c.updatedAt;
        e.persist();
        notifier.outcomeChanged(c.subject(), before, today);
        return Optional.of(before);
    }

    static RegisterKind kindOf(String domain) {
        for (RegisterKind k : RegisterKind.values()) {
            if (k.domain().equals(domain)) {
                return k;
            }
        }
        throw new IllegalArgumentException(domain);
    }

    private LocalDate keyDate(RegisterKind kind, EvaluationResponse answer) {
        JsonNode v = json.valueToTree(answer.result()).get(kind.keyDateField());
        return v == null || v.isNull() ? null : CalendarDates.parse(v.asText());
    }

    private static void applyEffect(RegisterKind.Effect effect, EventInput event, ObjectNode facts, Language language) {
        switch (effect.kind()) {
            case SET_DATE -> {
                if (event.date() == null) {
                    throw required("date", language);
                }
                if (facts.hasNonNull(effect.field())) {
                    throw ProblemException.of(ProblemType.CONFLICT, "detail.eventTwice", event.type(),
                            facts.get(effect.field()).asText());
                }
                facts.put(effect.field(), event.date().toString());
            }
            case ADD_DAYS -> {
                if (event.days() == null) {
                    throw required("days", language);
                }

                facts.put(effect.field(), facts.path(effect.field()).asInt(0) + event.days());
            }
            case SET_DAYS -> {
                if (event.days() == null) {
                    throw required("days", language);
                }

                if (facts.path(effect.field()).asInt(0) > 0) {
                    throw ProblemException.of(ProblemType.CONFLICT, "detail.extensionTwice",
                            facts.get(effect.field()).asInt());
                }
                facts.put(effect.field(), event.days());
            }
        }
    }

    private static ProblemException required(String field, Language language) {
        return ProblemException.fields(ProblemType.INVALID_INPUT,
                List.of(new FieldError(field, ServiceMessages.get(language, "field.required"))));
    }

    /** The facts known on {@code asOf}: those given at creation dated by then, plus the events dated by then. */
    private ObjectNode factsAsOf(RegisterKind kind, RegisteredCase c, List<CaseEvent> events, LocalDate asOf,
                                 Language language) {
        ObjectNode facts = read(c.initialFactsJson);
        judge.checkStored(kind.domain(), facts, language);
        List<String> later = new ArrayList<>();
        facts.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual() && f.getKey().endsWith("Date")
                    && CalendarDates.parse(f.getValue().asText()).isAfter(asOf)) {
                later.add(f.getKey());
            }
        });
        later.forEach(facts::remove);
        for (CaseEvent e : events) {
            RegisterKind.Effect effect = kind.events().get(e.type);
            if (effect != null && !eventDay(e).isAfter(asOf)) {
                applyEffect(effect, new EventInput(e.type, e.date, e.days, e.note), facts, Language.KO);
            }
        }
        return facts;
    }

    /** The day an event happened: its own date, else the day (Asia/Seoul) it was recorded. */
    private LocalDate eventDay(CaseEvent e) {
        return e.date != null ? e.date : e.createdAt.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static ObjectNode object(JsonNode node) {
        if (!(node instanceof ObjectNode o)) {
            throw ProblemException.of(ProblemType.INVALID_INPUT, "detail.notObject");
        }
        return o.deepCopy();
    }

    private ObjectNode read(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts that are not JSON", e);
        }
    }

}
