package kr.policy.checker.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kr.policy.checker.text.Language;
import kr.policy.checker.security.SignInRefused;

/**
 * Contract §14: a sign-in refused because the account or address is locked answers 429 with Retry-After, and the
 * sign-in page again, saying how long to wait in the caller's language. The refusal reaches here as the route's
 * failure: form authentication runs before any resource, so no JAX-RS mapper sees it.
 */
@ApplicationScoped
public class SignInRefusalPage {
    @Inject
    PageFrame frame;

    @Inject
    @Location("clerk-login.html")
    Template login;

    void register(@Observes Router router) {
        router.route("/j_security_check").failureHandler(this::answer);
    }

    void answer(RoutingContext http) {
        if (!(http.failure() instanceof SignInRefused refused) || http.response().ended()) {
            http.next();
            return;
        }
        long seconds = refused.waitTime().toSeconds();
        Language language = Language.fromAcceptLanguage(http.request().getHeader("Accept-Language"));
        String locked = PageTexts.of(language).get("clerk.login.locked")
                .replace("{minutes}", Long.toString((seconds + 59) / 60));
        String page = frame.page(login, language, "/clerk/login").data("error", false).data("locked", locked)
                .render();
        http.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(seconds))
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Cache-Control", "no-store"); // the page's other headers: SecurityHeaders
        http.response().end(page);
    }
}
