package kr.policy.checker.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import kr.policy.checker.text.Language;
import org.jboss.logging.Logger;

/**
 * The site's error page, for every refusal on a page path (not the API, whose callers get problem+json): in the
 * reader's language, inside the site's frame, with a title, {@code lang} and a way back to where the reader was
 * (the start page, the clerk's cases or the rules).
 */
@ApplicationScoped
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    /** Statuses the page words explain themselves; for others the refusal's own detail is shown. */
    private static final Set<Integer> WORDED = Set.of(400, 404, 405, 406, 413, 414, 415, 431, 500, 503);

    @Inject
    @Location("error.html")
    Template template;
    @Inject
    PageFrame frame;

    /** Whether a path is a page for people: anything but the API and Quarkus' own endpoints. */
    public static boolean isPagePath(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals("/q"));
    }

    /** The error page for {@code status} at {@code path}; {@code detail}: the refusal's explanation, if any. */
    public String render(int status, String detail, Language language, String path) {
        Map<String, String> t = PageTexts.of(language);
        String heading = t.getOrDefault("error.title." + status, t.get("error.title.default"));
        String text = t.getOrDefault("error.text." + status, t.get("error.text.default"));
        String back = path.startsWith("/clerk") ? "/clerk" : path.startsWith("/admin") ? "/admin/rules" : "/";
        String backLabel = t.get(back.equals("/clerk") ? "error.back.clerk"
                : back.equals("/") ? "error.back.home" : "error.back.admin");
        try {
            return frame.page(template, language, safePath(path)).data("heading", heading).data("text", text)
                    .data("detail", WORDED.contains(status) ? null : detail).data("status", status)
                    .data("backHref", back).data("backLabel", backLabel).render();
        } catch (RuntimeException e) {
            // no rule set to build the frame's navigation from (a failed start): the same words, without the frame
            LOG.debug("error page without the frame", e);
            return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\"><title>"
                    + heading + "</title></head><body><main><h1>" + heading + "</h1><p>" + text + "</p><p><a href=\""
                    + back + "\">" + backLabel + "</a></p></main></body></html>";
        }
    }

    /** The language switch links back to the page; a path the reader typed is kept only if it is plain. */
    private static String safePath(String path) {
        return path.length() <= 200 && path.matches("[A-Za-z0-9/_.-]*") ? path : "/";
    }
}
