package kr.policy.checker.web;

import java.util.List;
import kr.policy.checker.register.RegisterKind;

/** The fields of the clerk's new-case forms: the case header and the register's input fields. */
final class ClerkForms {
    private ClerkForms() {
    }

    static List<String> caseFields(RegisterKind kind) {
        return kind == RegisterKind.PERMIT_CASES
                ? List.of("title", "applicant", "permittingAuthority", "channel", "permitType",
                        "committeeResolutionDate", "requestDate", "supplementDays", "planSubmittedDate",
                        "extensionDays", "resultNotifiedDate")
                : List.of("title", "applicant", "permittingAuthority", "track", "startDate", "supplementDays",
                        "extensionDays", "replyDate");
    }
}
