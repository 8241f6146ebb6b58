package kr.policy.checker.engine;

/** Why a validation rule refuses a case: a value out of its legal range (400) or facts that contradict (422). */
public enum Refusal {
    RANGE(400), CONTRADICTION(422);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
