package kr.policy.checker.web;

import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.permittimeout.Channel;
import kr.policy.checker.domain.permittimeout.PermitType;
import kr.policy.checker.domain.regulationreview.Track;
import kr.policy.checker.register.RegisterKind;

/** The fields of the clerk's new-case forms: the case header and the register's input fields. */
final class ClerkForms {
    /** Fields answered by choosing a value. */
    static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.of(
            "channel", Channel.class, "permitType", PermitType.class, "track", Track.class);

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
