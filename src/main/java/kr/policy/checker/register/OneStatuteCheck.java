package kr.policy.checker.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.domain.OneStatutePerMatter;
import kr.policy.checker.domain.Question;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;
import kr.policy.checker.judging.CaseJudge;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;

/**
 * Refuses (409) a second case of one applicant for one matter under another statute (contract §13.1), as the domain
 * declares it ({@link Domain#oneStatutePerMatter()}); the statute each choice proceeds under is worded in the rules'
 * messages, so no statute or channel is named here.
 */
@ApplicationScoped
class OneStatuteCheck {
    @Inject
    CaseJudge judge;
    @Inject
    ObjectMapper json;

    /** @param self the case being changed (null for a new one), which never conflicts with itself */
    void check(String domainName, String organization, String applicant, UUID self, ObjectNode facts) {
        Domain<?, ?> domain = Domains.named(domainName).orElseThrow();
        OneStatutePerMatter rule = domain.oneStatutePerMatter();
        if (rule == null || rule.matter().stream().anyMatch(f -> !facts.hasNonNull(f))) {
            return;
        }
        Messages messages = judge.domain(judge.current(), domainName).messages();
        String statute = statute(domain, rule, messages, facts);
        if (statute == null) {
            return;
        }
        // by the indexed lower-case key (migration V9 filled it in for the cases stored before)
        StringBuilder q = new StringBuilder("domain = :domain and organization = :organization"
                + " and applicantKey = :applicant");
        Parameters p = Parameters.with("domain", domainName).and("organization", organization)
                .and("applicant", key(applicant));
        if (self != null) {
            q.append(" and id <> :self");
            p.and("self", self);
        }
        for (RegisteredCase other : RegisteredCase.<RegisteredCase>list(q.toString(), p)) {
            ObjectNode otherFacts = read(other.factsJson);
            boolean sameMatter = rule.matter().stream().allMatch(f -> facts.get(f).equals(otherFacts.get(f)));
            String otherStatute = sameMatter ? statute(domain, rule, messages, otherFacts) : null;
            if (otherStatute != null && !otherStatute.equals(statute)) {
                throw ProblemException.of(ProblemType.CONFLICT, "detail.otherStatute", other.title, otherStatute,
                        statute);
            }
        }
    }

    /** An applicant as the check compares it: stripped, in lower case. */
    static String key(String applicant) {
        return applicant.strip().toLowerCase(Locale.ROOT);
    }

    /** The statute a case's choice proceeds under (Korean, as the register compares it), or null for none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String statute(Domain<?, ?> domain, OneStatutePerMatter rule, Messages messages, ObjectNode facts) {
        JsonNode value = facts.get(rule.choice());
        Class<? extends Enum> type = domain.questions().stream().filter(q -> q.name().equals(rule.choice()))
                .map(Question::choices).findFirst().orElseThrow(() -> new IllegalStateException(
                        domain.name() + " asks no " + rule.choice()));
        if (value == null || !value.isTextual()) {
            return null;
        }
        String worded = messages.aspect(Language.KO, Enum.valueOf(type, value.asText()), rule.aspect());
        return worded == null || worded.isBlank() ? null : worded;
    }

    private ObjectNode read(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
