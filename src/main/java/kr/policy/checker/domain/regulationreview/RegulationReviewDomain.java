package kr.policy.checker.domain.regulationreview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.DescribedDomain;
import kr.policy.checker.domain.DescribedDomain.LegalDate;
import kr.policy.checker.domain.Question;

/** 규제 검토 기한 (국가첨단전략산업법 제29조; 新산업정책2.0); the law itself is in rules/regulation-review. */
public final class RegulationReviewDomain extends DescribedDomain<RegulationReviewCase, RegulationReviewResult> {
    public static final String NAME = "regulation-review";

    public RegulationReviewDomain() {
        // the review starts the period; the rules in force that day apply
        super(NAME, RegulationReviewCase.class, RegulationReviewResult.class, RegulationReviewOutcome.class,
                input -> new RegulationReviewResult(input.convention()), RegulationReviewCase::asOf,
                LegalDate.always("startDate", RegulationReviewCase::startDate));
    }

    @Override
    public Map<String, LocalDate> datedFacts(RegulationReviewCase input) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("startDate", input.startDate());
        dates.put("replyDate", input.replyDate());
        return dates;
    }

    @Override
    public String exampleCase() {
        return """
                {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "asOf": "2024-09-30"}""";
    }

    /** A 반도체클러스터 tenant's request under 반도체특별법 제23조. */
    @Override
    public Map<String, String> moreExampleCases() {
        return Map.of("semiconductor-cluster-tenant", """
                {"track": "SEMICONDUCTOR_CLUSTER_TENANT", "startDate": "2026-09-01", "supplementDays": 5,
                 "asOf": "2026-10-01"}""");
    }

    /** The clerk's new-case form, in the order the review runs. */
    @Override
    public List<Question> questions() {
        return List.of(
                Question.choice("track", Track.class),
                Question.date("startDate"),
                Question.number("supplementDays"),
                Question.number("extensionDays"),
                Question.date("replyDate"));
    }

    /** The reply due date is met by the reply. */
    @Override
    public Map<String, String> deadlinesMetBy() {
        return Map.of("dueDate", "replyDate");
    }
}
