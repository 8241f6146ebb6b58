package kr.policy.checker.api;

import jakarta.enterprise.context.ApplicationScoped;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest body a path accepts: {@code checker.limits.batch-body-bytes} under /batch, otherwise
 * {@code checker.limits.case-body-bytes}. quarkus.http.limits.max-body-size stays above both as the hard ceiling.
 */
@ApplicationScoped
public class BodyLimits {
    @ConfigProperty(name = "checker.limits.case-body-bytes", defaultValue = "1048576")
    long caseLimit;

    @ConfigProperty(name = "checker.limits.batch-body-bytes", defaultValue = "67108864")
    long batchLimit;

    public long limitFor(String path) {
        // an import (contract §17) carries up to checker.import.max-rows cases: the batch limit
        return path.endsWith("/batch") || path.endsWith("/import") ? batchLimit : caseLimit;
    }

    /** 413 when {@code length} bytes exceed the path's limit. */
    public void check(String path, long length) {
        long limit = limitFor(path);
        if (length > limit) {
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "detail.tooLarge", length, limit);
        }
    }
}
