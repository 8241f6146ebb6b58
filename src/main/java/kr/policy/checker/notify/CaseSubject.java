package kr.policy.checker.notify;

import java.time.LocalDate;
import java.util.UUID;

/** What an event says of the case it is about, as the register has it after the change. */
public record CaseSubject(UUID id, String domain, String organization, String title, String outcome,
                          LocalDate keyDate, String ruleSetVersion, String externalReference) {
    public CaseSubject(UUID id, String domain, String organization, String title, String outcome, LocalDate keyDate,
                       String ruleSetVersion) {
        this(id, domain, organization, title, outcome, keyDate, ruleSetVersion, null);
    }
}
