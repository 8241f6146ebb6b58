package kr.policy.checker.problem;

import java.util.List;

/**
 * A request this service refuses, carried to the exception mapper. Texts are message keys (with arguments) until
 * the mapper renders them in the caller's language; {@code errors} holds field errors or rule-file errors.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final String detailKey;
    private final Object[] detailArgs;
    private final List<?> errors;
    /** A resource the problem points to (a 409's existing case), sent as Location; null for none. */
    private String location;

    public ProblemException(ProblemType type, List<?> errors, String detailKey, Object... detailArgs) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.errors = errors;
    }

    public static ProblemException of(ProblemType type, String detailKey, Object... detailArgs) {
        return new ProblemException(type, null, detailKey, detailArgs);
    }

    /** Invalid fields: 400 invalid-input, or 422 contradictory-input when the dates contradict each other. */
    /** 404: nothing at this path (an unknown version, evaluation, simulation). */
    public static ProblemException notFound() {
        return of(ProblemType.NOT_FOUND, "detail.notFound");
    }

    public static ProblemException fields(ProblemType type, List<FieldError> errors) {
        return new ProblemException(type, errors,
                type == ProblemType.CONTRADICTORY_INPUT ? "detail.contradiction" : "detail.fields");
    }

    /** This problem pointing at {@code path} (sent as Location). */
    public ProblemException at(String path) {
        this.location = path;
        return this;
    }

    public String location() { return location; }
    public ProblemType type() { return type; }
    public String detailKey() { return detailKey; }
    public Object[] detailArgs() { return detailArgs; }
    public List<?> errors() { return errors; }
}
