package kr.policy.checker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;

/** What every page shows around its content: the page words, the language switch and a link to each self-check. */
@ApplicationScoped
public class PageFrame {
    /** A self-check in the navigation and on the home page, in the domain's own words. */
    @TemplateData
    public record SelfCheckLink(String domain, String label, String summary) {
    }

    @Inject
    RuleEngine engine;

    TemplateInstance page(Template template, Language language, String path) {
        return template.data("t", PageTexts.of(language)).data("lang", language.tag()).data("path", path)
                .data("otherLang", language == Language.KO ? "en" : "ko")
                .data("selfChecks", selfChecks(language));
    }

    /** The page words of a domain in the rule set in service. */
    Messages words(Domain<?, ?> domain) {
        return engine.current().domain(domain.name()).map(DomainRules::messages).orElseThrow();
    }

    private List<SelfCheckLink> selfChecks(Language language) {
        return Domains.selfChecks().stream().map(d -> {
            Messages words = words(d);
            return new SelfCheckLink(d.name(), words.text(language, "page.nav"), words.text(language, "page.summary"));
        }).toList();
    }

    /** ?lang= first, then Accept-Language; Korean by default. */
    static Language language(String lang, String acceptLanguage) {
        if ("en".equalsIgnoreCase(lang)) {
            return Language.EN;
        }
        if ("ko".equalsIgnoreCase(lang)) {
            return Language.KO;
        }
        return Language.fromAcceptLanguage(acceptLanguage);
    }
}
