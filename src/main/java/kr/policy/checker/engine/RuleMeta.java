package kr.policy.checker.engine;

import kr.policy.checker.text.MessageTemplate;
import java.time.LocalDate;

/**
 * What a rule declares about itself in its DRL metadata, read once when the rule set is loaded.
 * A rule with a {@code refusal} is a validation rule: when it fires, the case is refused at {@code field}.
 * A rule with a {@code hintKey} also tells the reader what would change the outcome, about {@code field}.
 * A rule of a DRL file has its {@code line}; a rule of a decision table its {@code cell} ({@code caps.xlsx!A9}).
 * A legal basis may name the case's choices ({@code {channel:basis}제3항}): then {@code basisTemplate} holds it split,
 * and an answer cites the article the case's channel is decided under.
 * {@code source} is the id of its entry in the legal-sources register, or a choice's aspect ({@code {channel:source}})
 * whose every value is one; then {@code sourceTemplate} holds it, and {@code sourceChoices} the ids it can name.
 */
public record RuleMeta(String name, String legalBasis, LocalDate validFrom, LocalDate validTo, String messageKey,
                       String hintKey, Refusal refusal, String field, String file, Integer line, String cell,
                       MessageTemplate basisTemplate, String source, MessageTemplate sourceTemplate,
                       java.util.List<String> sourceChoices) {

    /** Whether the rule is in force on the case's legal date (open ends allowed). */
    public boolean inForceOn(LocalDate legalDate) {
        return (validFrom == null || !legalDate.isBefore(validFrom)) && (validTo == null || !legalDate.isAfter(validTo));
    }
}
