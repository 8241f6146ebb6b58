package kr.policy.checker.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine needs to know of a domain: its case and result types and which of the case's dates decide time.
 * The legal content itself is in the domain's rule folder.
 *
 * @param <C> the case (input) type, inserted as a fact
 * @param <R> the result type, inserted empty and filled by the rules
 */
public interface DomainSpec<C, R extends CaseResult> {

    /** The domain's name: its path segment and its folder under the rules directory. */
    String name();

    Class<C> caseType();

    Class<R> resultType();

    /** A fresh result for one evaluation. */
    R newResult(C input);

    /** The case's own asOf, or null for today. */
    LocalDate asOf(C input);

    /** The date whose rules apply (rule validity periods are honoured against it). */
    LocalDate legalDate(C input, LocalDate asOf);

    /** The input field the legal date comes from (requestDate, taxYear, …, or asOf), named when it is refused. */
    String legalDateField(C input);

    /** The case's dated facts by field name; none may lie after asOf. */
    Map<String, LocalDate> datedFacts(C input);

    /** Message keys that must be in both languages beyond those the rules name (words the adapters show). */
    default List<String> messageKeys() {
        return List.of();
    }
}
