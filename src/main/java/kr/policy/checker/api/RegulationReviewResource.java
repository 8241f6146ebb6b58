package kr.policy.checker.api;

import jakarta.ws.rs.Path;
import kr.policy.checker.register.RegisterKind;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §5: the regulation-review register (events SUPPLEMENT_ADDED, EXTENSION_GRANTED, REPLY_RECEIVED; dueBefore). */
@Path(RegulationReviewResource.PATH)
@Tag(name = "Regulation reviews")
public class RegulationReviewResource extends CaseRegisterResource {
    static final String PATH = "/api/v1/regulation-reviews";

    @Override
    protected RegisterKind kind() {
        return RegisterKind.REGULATION_REVIEWS;
    }

    @Override
    protected String basePath() {
        return PATH;
    }
}
