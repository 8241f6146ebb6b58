package kr.policy.checker.domain;

import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.engine.CaseResult;
import kr.policy.checker.engine.DomainSpec;

/**
 * A domain as the adapters meet it: beside what the engine needs ({@link DomainSpec}), an example for the API
 * document, its questions in answer order, whether firms get a self-check page, and the result fields an answer's
 * headline shows. The words for all of these are page words ({@code page.*}) in the domain's rule folder; the loader
 * refuses a folder that lacks one of them. Adapters iterate over {@link Domains} and never name a domain.
 */
public interface Domain<C, R extends CaseResult> extends DomainSpec<C, R> {
    /** The message an eligible answer's headline is written from (contract §11); see Evaluation#headline. */
    String HEADLINE_ELIGIBLE = "headline.ELIGIBLE";

    /** The values an answer's {@code outcome} takes. */
    Class<? extends Enum<?>> outcomeType();

    /** A case as a partner would send it (JSON): the domain's example in the API document. */
    String exampleCase();

    /** Further cases for the API document, by a short name (e.g. a channel of another statute). */
    default java.util.Map<String, String> moreExampleCases() {
        return java.util.Map.of();
    }

    /** An answer to {@link #exampleCase()} shown in the API document, or null. */
    default String exampleAnswer() {
        return null;
    }

    /** The input fields a person enters, in the order they are asked. */
    List<Question> questions();

    /**
     * Whether this is an incentive a firm may claim: it is then judged in every screening of a firm (contract §11)
     * with the firm's fields of the same name, and firms get a self-check page for it. Nothing else is needed for a
     * new incentive to join the screening.
     */
    default boolean incentive() {
        return false;
    }

    /** Whether firms check themselves against this domain on a public page (/self-check/&lt;name&gt;). */
    default boolean selfCheck() {
        return incentive();
    }

    /**
     * The result fields the headline of a self-check answer shows, in order: an amount by its {@code <field>Display},
     * a choice by its label; a field with no value is left out.
     */
    default List<String> headline() {
        return List.of();
    }

    /**
     * The answer's deadlines and the case's date that meets each (e.g. a plan due date met by the plan's submission),
     * so that a page can say whether a passed deadline was met or missed. Deadlines not listed are shown as passed or
     * coming.
     */
    default java.util.Map<String, String> deadlinesMetBy() {
        return java.util.Map.of();
    }

    /**
     * Whether a register keeps one case per matter and statute: a second case of the same applicant for the same matter
     * under another statute is refused (409). Null when the domain has no such rule.
     */
    default OneStatutePerMatter oneStatutePerMatter() {
        return null;
    }

    /** The page words this domain's pages read; each must be in messages_ko and messages_en. */
    @Override
    default List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        for (Question q : questions()) {
            keys.add("page.field." + q.name());
            if (selfCheck()) {
                keys.add("page.help." + q.name());
            }
        }
        if (selfCheck()) {
            keys.addAll(List.of("page.title", "page.intro", "page.nav", "page.summary"));
            headline().forEach(f -> keys.add("page.result." + f));
        }
        if (incentive()) {
            // a screening's one line per programme (placeholders: result and input fields), and its name there
            keys.add(HEADLINE_ELIGIBLE);
            keys.add("page.name");
        }
        return keys;
    }
}
