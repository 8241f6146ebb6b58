package kr.policy.checker.domain.region;

/** A region text that is none of the accepted forms of the 17 시·도. */
public class UnknownRegionException extends IllegalArgumentException {
    public UnknownRegionException(String text) {
        super("unknown region: " + text);
    }
}
