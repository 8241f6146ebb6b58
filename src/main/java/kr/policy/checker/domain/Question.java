package kr.policy.checker.domain;

/**
 * One input field as a person answers it on a page (a firm's self-check, a clerk's new-case form). Its name is the
 * input's JSON field; its label and help are page words in the domain's rule folder ({@code page.field.<name>},
 * {@code page.help.<name>}).
 *
 * @param choices the enum whose values are offered when {@code kind} is {@link Kind#CHOICE}, else null
 */
public record Question(String name, Kind kind, Class<? extends Enum<?>> choices) {

    public enum Kind {
        TEXT,
        /** An integer or a decimal; sent as a JSON number. */
        NUMBER,
        DATE,
        /** One of the values of {@code choices}. */
        CHOICE,
        /** Yes when ticked; sent only when ticked. */
        YES_NO,
        /** A 시·도 by name, short name or code, with the 17 names suggested. */
        REGION
    }

    public Question {
        if ((kind == Kind.CHOICE) != (choices != null)) {
            throw new IllegalArgumentException(name + ": choices are given exactly for a CHOICE question");
        }
    }

    public static Question text(String name) { return new Question(name, Kind.TEXT, null); }
    public static Question number(String name) { return new Question(name, Kind.NUMBER, null); }
    public static Question date(String name) { return new Question(name, Kind.DATE, null); }
    public static Question yesNo(String name) { return new Question(name, Kind.YES_NO, null); }
    public static Question region(String name) { return new Question(name, Kind.REGION, null); }

    public static Question choice(String name, Class<? extends Enum<?>> choices) {
        return new Question(name, Kind.CHOICE, choices);
    }
}
