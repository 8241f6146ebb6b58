package kr.policy.checker.api;

/** Request and response examples shown in /q/openapi and Swagger UI. */
final class OpenApiExamples {
    static final String PERMIT_TIMEOUT_CASE = """
            {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "committeeResolutionDate": "2024-02-20",
             "requestDate": "2024-03-04", "asOf": "2024-05-10"}""";
    static final String REGULATION_REVIEW_CASE = """
            {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "asOf": "2024-09-30"}""";
    static final String RESHORING_CASE = """
            {"decisionDate": "2024-09-02", "technology": "NATIONAL_ADVANCED_STRATEGIC", "siteRegion": "경기도",
             "requestedAmountKrw": 25000000000, "overseasYears": 3, "koreanControlPercent": 60,
             "overseasKsic": "C26110", "domesticKsic": "C26120"}""";
    static final String VOUCHER_CASE = """
            {"program": "MSS", "companySize": "SME", "annualSalesKrw": 5000000000, "priorYearExportsUsd": 100000}""";
    static final String VOUCHER_ANSWER = """
            {"domain": "export-voucher", "asOf": "2024-03-04", "legalDate": "2024-03-04", "ruleSetVersion": "sha256:…",
             "outcome": "ELIGIBLE",
             "result": {"program": "MSS", "tier": "PROMISING", "tierCapKrw": 45000000, "governmentCapKrw": 45000000,
                        "governmentCapKrwDisplay": "4,500만 원", "governmentShareRate": 0.7, "governmentSharePercent": 70,
                        "totalVoucherKrw": 64285714, "totalVoucherKrwDisplay": "6,428만 5,714원",
                        "companyContributionKrw": 19285714, "companyContributionKrwDisplay": "1,928만 5,714원",
                        "newMarketBonusApplied": false, "nextTier": "GROWTH", "nextTierMinExportsUsd": 1000000},
             "explanation": [{"rule": "MSS tier: promising (100,000 to under 1,000,000 USD)",
                              "legalBasis": "중소벤처기업부 수출바우처 사업 공고 (2024): 유망 — 정부지원 한도 4,500만원",
                              "message": "전년도 수출실적 100,000 USD로 유망 트랙이며 트랙 정부지원 한도는 4,500만 원입니다."}],
             "missingFacts": [],
             "hints": [{"field": "priorYearExportsUsd",
                        "message": "수출실적이 1,000,000 USD 이상이면 성장 트랙에 해당합니다(현재 유망, 입력 100,000 USD)."}]}""";
    static final String PERMIT_TIMEOUT_ANSWER = """
            {"domain": "permit-timeout", "asOf": "2024-05-10", "legalDate": "2024-03-04",
             "ruleSetVersion": "sha256:3f1c…", "outcome": "DEEMED_PROCESSED",
             "result": {"planDueDate": "2024-03-19", "resultDueDate": null, "timeoutExpiryDate": "2024-05-03",
                        "deemedProcessedDate": "2024-05-04", "missedDeadline": "PLAN", "daysUntilDeemed": null,
                        "convention": "CIVIL"},
             "explanation": [{"rule": "plan not returned by its deadline",
                              "legalBasis": "국가첨단전략산업법 제19조제3항·제5항",
                              "message": "처리계획 회신기한(2024-03-19)이 지났는데 처리계획이 회신되지 않았습니다."}],
             "missingFacts": [], "hints": []}""";
    static final String PROBLEM_400 = """
            {"type": "/problems/invalid-input", "title": "잘못된 입력", "status": 400,
             "detail": "하나 이상의 필드가 올바르지 않습니다. errors를 확인하세요.",
             "errors": [{"field": "requestDate", "message": "2024-03-04와 같은 실제 날짜여야 합니다(입력: \\"2024-02-30\\")"}]}""";
    static final String BATCH = """
            {"cases": [{"track": "DISCOVERED", "startDate": "2024-09-02", "asOf": "2024-10-01"},
                       {"track": "FIRM_REQUEST", "startDate": "2024-02-30"}]}""";
    static final String RELOAD_422 = """
            {"type": "/problems/rule-set-invalid", "title": "Rule set not loaded", "status": 422,
             "detail": "The rule files have errors; the previous rule set stays in service.",
             "errors": [{"file": "permit-timeout/permit-timeout.drl", "line": 42, "message": "…"}]}""";

    private OpenApiExamples() {
    }
}
