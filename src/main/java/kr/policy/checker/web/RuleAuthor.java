package kr.policy.checker.web;

import jakarta.enterprise.context.RequestScoped;
import kr.policy.checker.security.Principal;

/** The rule author of this request, as {@link RuleAuthorsOnlyFilter} found them; set before any handler runs. */
@RequestScoped
public class RuleAuthor {
    private Principal principal;

    void set(Principal principal) {
        this.principal = principal;
    }

    /** The signed-in ADMIN account; never null in a handler of a {@link RuleAuthorsOnly} resource. */
    public Principal get() {
        if (principal == null) {
            throw new IllegalStateException("no rule author: the resource is not marked @RuleAuthorsOnly");
        }
        return principal;
    }
}
