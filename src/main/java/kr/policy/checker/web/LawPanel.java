package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kr.policy.checker.app.LawHorizons;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleSet;

/**
 * What the rule authors' page shows of the law itself (contract §13.4–§13.5): a banner for each domain whose encoded
 * law runs out within the warning period, and the register of legal sources with those not compared with the
 * official text for over a year flagged.
 */
@ApplicationScoped
public class LawPanel {
    @TemplateData
    record HorizonRow(String domain, String name, String encodedUntil, long daysLeft, boolean passed, String reason) {
    }

    @TemplateData
    record SourceRow(String id, String title, String kind, String number, String promulgated, String effective,
                     String checkedOn, String url, boolean stale) {
    }

    @Inject
    LawHorizons horizons;
    @Inject
    RuleEngine engine;
    @Inject
    PageFrame frame;

    List<HorizonRow> horizons(Language language) {
        return horizons.approaching().stream().map(h -> new HorizonRow(h.domain(), name(h.domain(), language),
                h.encodedUntil().toString(), Math.max(0, h.daysLeft()), h.daysLeft() < 0,
                language == Language.KO ? h.reason() : h.reasonEn())).toList();
    }

    List<SourceRow> sources(RuleSet set) {
        return set.sources().all().stream().map(s -> new SourceRow(s.id(), s.title(), s.kind(), s.number(),
                s.promulgated().toString(), s.effective().toString(), s.checkedOn().toString(), s.url(),
                s.checkedLongAgo(engine.today()))).toList();
    }

    private String name(String domain, Language language) {
        return Domains.named(domain).map(d -> frame.words(d).text(language, "page.name")).orElse(domain);
    }
}
