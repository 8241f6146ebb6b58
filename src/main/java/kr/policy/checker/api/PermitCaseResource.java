package kr.policy.checker.api;

import jakarta.ws.rs.Path;
import kr.policy.checker.register.RegisterKind;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §5: the permit-case register (events COMMITTEE_RESOLVED … RESULT_NOTIFIED; filter deemedBefore). */
@Path(PermitCaseResource.PATH)
@Tag(name = "Permit cases")
public class PermitCaseResource extends CaseRegisterResource {
    static final String PATH = "/api/v1/permit-cases";

    @Override
    protected RegisterKind kind() {
        return RegisterKind.PERMIT_CASES;
    }

    @Override
    protected String basePath() {
        return PATH;
    }
}
