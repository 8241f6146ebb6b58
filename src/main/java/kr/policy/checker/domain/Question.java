package kr.policy.checker.domain;

import java.util.List;

/**
 * One input field as a person answers it on a page (a firm's self-check, a clerk's new-case form). Its name is the
 * input's JSON field; its label and help are page words in the domain's rule folder ({@code page.field.<name>},
 * {@code page.help.<name>}).
 *
 * @param choices the enum whose values are offered when {@code kind} is {@link Kind#CHOICE} or {@link Kind#AMOUNTS},
 *                else null
 * @param parts   for {@link Kind#AMOUNTS}, the JSON names of each element's choice and amount, else empty
 * @param askedWhenMissing whether a page shows the question only once an answer lists it among its missing facts (or
 *                it has been answered): a fact that matters for few cases, e.g. how a reduced overseas site was
 *                reduced, which the reshoring rules ask only for a decision from 2026-01-08
 */
public record Question(String name, Kind kind, Class<? extends Enum<?>> choices, List<String> parts,
                       boolean askedWhenMissing) {

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
        REGION,
        /**
         * An amount for each value of {@code choices} a person fills in, sent as an array of objects
         * ({@code [{"assetClass": "GENERAL", "amountKrw": 100}]}); blanks are left out.
         */
        AMOUNTS
    }

    public Question(String name, Kind kind, Class<? extends Enum<?>> choices, List<String> parts) {
        this(name, kind, choices, parts, false);
    }

    public Question {
        if ((kind == Kind.CHOICE || kind == Kind.AMOUNTS) != (choices != null)) {
            throw new IllegalArgumentException(name + ": choices are given exactly for a CHOICE or AMOUNTS question");
        }
        if ((kind == Kind.AMOUNTS) != (parts.size() == 2)) {
            throw new IllegalArgumentException(name + ": an AMOUNTS question names its choice and amount fields");
        }
    }

    /** This question, shown on a page only once an answer asks for it or it has been answered. */
    public Question onlyWhenMissing() {
        return new Question(name, kind, choices, parts, true);
    }

    /** Whether a page shows this question, given what was answered and what the last answer asked for. */
    public boolean shown(java.util.Map<String, String> values, java.util.Collection<String> missingFacts) {
        return !askedWhenMissing || missingFacts.contains(name) || values.get(name) != null;
    }

    /** The JSON name of an AMOUNTS element's choice. */
    public String choiceField() {
        return parts.get(0);
    }

    /** The JSON name of an AMOUNTS element's amount. */
    public String amountField() {
        return parts.get(1);
    }

    public static Question text(String name) { return new Question(name, Kind.TEXT, null, List.of()); }
    public static Question number(String name) { return new Question(name, Kind.NUMBER, null, List.of()); }
    public static Question date(String name) { return new Question(name, Kind.DATE, null, List.of()); }
    public static Question yesNo(String name) { return new Question(name, Kind.YES_NO, null, List.of()); }
    public static Question region(String name) { return new Question(name, Kind.REGION, null, List.of()); }

    public static Question choice(String name, Class<? extends Enum<?>> choices) {
        return new Question(name, Kind.CHOICE, choices, List.of());
    }

    /** Amounts by choice, e.g. investments by asset class: elements {@code {choiceField: VALUE, amountField: n}}. */
    public static Question amounts(String name, Class<? extends Enum<?>> choices, String choiceField,
                                   String amountField) {
        return new Question(name, Kind.AMOUNTS, choices, List.of(choiceField, amountField));
    }
}
