package kr.policy.checker.domain.permittimeout;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.DescribedDomain;
import kr.policy.checker.domain.DescribedDomain.LegalDate;
import kr.policy.checker.domain.OneStatutePerMatter;
import kr.policy.checker.domain.Question;

/** 인·허가 타임아웃제 (국가첨단전략산업법 제19조, 제25조의2제3항); the law itself is in rules/permit-timeout. */
public final class PermitTimeoutDomain extends DescribedDomain<PermitTimeoutCase, PermitTimeoutResult> {
    public static final String NAME = "permit-timeout";

    public PermitTimeoutDomain() {
        // the Minister's request starts the procedure; before one exists, the rules in force on asOf apply
        super(NAME, PermitTimeoutCase.class, PermitTimeoutResult.class, PermitTimeoutOutcome.class,
                input -> new PermitTimeoutResult(input.convention()), PermitTimeoutCase::asOf,
                LegalDate.orAsOf("requestDate", PermitTimeoutCase::requestDate));
    }

    @Override
    public Map<String, LocalDate> datedFacts(PermitTimeoutCase input) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("committeeResolutionDate", input.committeeResolutionDate());
        dates.put("requestDate", input.requestDate());
        dates.put("planSubmittedDate", input.planSubmittedDate());
        dates.put("resultNotifiedDate", input.resultNotifiedDate());
        return dates;
    }

    @Override
    public String exampleCase() {
        return """
                {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "committeeResolutionDate": "2024-02-20",
                 "requestDate": "2024-03-04", "asOf": "2024-05-10"}""";
    }

    /** A 반도체클러스터 developer's case under 반도체특별법 제27조, and a 매장유산 협의 pending under the old act. */
    @Override
    public Map<String, String> moreExampleCases() {
        return Map.of(
                "semiconductor-cluster", """
                        {"channel": "SEMICONDUCTOR_CLUSTER_SITE", "permitType": "HERITAGE_IMPACT_DIAGNOSIS",
                         "requestDate": "2026-09-01", "asOf": "2026-11-20"}""",
                "legacy-heritage-consultation", """
                        {"channel": "SPECIAL_COMPLEX", "permitType": "BURIED_HERITAGE", "requestDate": "2025-03-04",
                         "legacyHeritageConsultation": true, "asOf": "2025-05-08"}""");
    }

    @Override
    public String exampleAnswer() {
        return """
                {"domain": "permit-timeout", "asOf": "2024-05-10", "legalDate": "2024-03-04",
                 "ruleSetVersion": "sha256:3f1c…", "outcome": "DEEMED_PROCESSED",
                 "result": {"planDueDate": "2024-03-19", "resultDueDate": null, "timeoutExpiryDate": "2024-05-03",
                            "deemedProcessedDate": "2024-05-04", "missedDeadline": "PLAN", "daysUntilDeemed": null,
                            "convention": "CIVIL"},
                 "explanation": [{"rule": "plan not returned by its deadline",
                                  "legalBasis": "국가첨단전략산업법 제19조제3항·제5항",
                                  "source": "advanced-industry-act",
                                  "message": "처리계획 회신기한(2024-03-19)이 지났는데 처리계획이 회신되지 않았습니다."}],
                 "sources": [{"id": "advanced-industry-act", "title": "국가첨단전략산업 경쟁력 강화 및 보호에 관한 특별조치법",
                              "number": "법률 제21738호", "effective": "2026-06-02"}],
                 "missingFacts": [], "hints": []}""";
    }

    /** The clerk's new-case form, in the order the procedure runs. */
    @Override
    public List<Question> questions() {
        return List.of(
                Question.choice("channel", Channel.class),
                Question.choice("permitType", PermitType.class),
                Question.date("committeeResolutionDate"),
                Question.date("requestDate"),
                Question.number("supplementDays"),
                Question.date("planSubmittedDate"),
                Question.number("extensionDays"),
                Question.date("resultNotifiedDate"),
                Question.yesNo("legacyHeritageConsultation"));
    }

    /**
     * The applicant chooses 국가첨단전략산업법 제19조 or 반도체특별법 제27조 where a site is both (반도체특별법 제11조제5항), but
     * one permit requested on one day is deemed processed once: the statute a channel proceeds under is worded in
     * the rules' messages ({@code statute.Channel.*}).
     */
    @Override
    public OneStatutePerMatter oneStatutePerMatter() {
        return new OneStatutePerMatter("channel", "statute", List.of("permitType", "requestDate"));
    }

    /** The plan due date is met by the plan's submission, the result due date by the result's notice. */
    @Override
    public Map<String, String> deadlinesMetBy() {
        return Map.of("planDueDate", "planSubmittedDate", "resultDueDate", "resultNotifiedDate");
    }
}
