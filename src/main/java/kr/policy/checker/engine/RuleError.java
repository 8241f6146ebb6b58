package kr.policy.checker.engine;

/** A rule file that cannot be used: where (file relative to the rules directory, line or null) and why. */
public record RuleError(String file, Integer line, String message) {
    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + message;
    }
}
