package kr.policy.checker.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Pages only a signed-in rule author (an ADMIN account) may see: {@link RuleAuthorsOnlyFilter} answers anyone else
 * with the forbidden page before a handler runs, and hands the author to the handlers as {@link RuleAuthor}.
 */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RuleAuthorsOnly {
}
