package kr.policy.checker.api;

/** Request and response examples shown in /q/openapi and Swagger UI. */
final class OpenApiExamples {
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

    static final String SCREENING = """
            {"asOf": "2024-05-10",
             "firm": {"companySize": "SME", "priorYearExportsUsd": 100000, "annualSalesKrw": 5000000000,
                      "taxYear": 2024, "investments": [{"assetClass": "GENERAL", "amountKrw": 1000000000}],
                      "priorThreeYearsInvestmentKrw": 1500000000}}""";

    static final String SCREENING_ANSWER = """
            {"asOf": "2024-05-10", "ruleSetVersion": "sha256:3f1c…",
             "programmes": [
               {"domain": "export-voucher", "asOf": "2024-05-10", "legalDate": "2024-05-10",
                "ruleSetVersion": "sha256:3f1c…", "outcome": "ELIGIBLE", "headline": "정부지원 최대 4,500만 원",
                "result": {"program": "MSS", "tier": "PROMISING", "governmentCapKrw": 45000000, "…": "…"},
                "explanation": [], "sources": [], "missingFacts": [], "hints": []},
               {"domain": "investment-tax-credit", "asOf": "2024-05-10", "legalDate": "2024-12-31",
                "ruleSetVersion": "sha256:3f1c…", "outcome": "ELIGIBLE", "headline": "세액공제 1억 7,000만 원",
                "result": {"regime": "TEMPORARY", "creditKrw": 170000000, "creditKrwDisplay": "1억 7,000만 원",
                           "…": "…"},
                "explanation": [], "sources": [], "missingFacts": [], "hints": []},
               {"domain": "reshoring-subsidy", "asOf": "2024-05-10", "legalDate": "2024-05-10",
                "ruleSetVersion": "sha256:3f1c…", "outcome": "UNDETERMINED", "result": {"…": "…"},
                "explanation": [], "sources": [], "missingFacts": ["technology", "overseasYears"], "hints": []}],
             "nextQuestions": [{"field": "technology", "domains": ["reshoring-subsidy"]},
                               {"field": "overseasYears", "domains": ["reshoring-subsidy"]}]}""";

    static final String REPLAY = """
            {"evaluationId": "0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b",
             "recorded": {"ruleSetVersion": "sha256:3f1c…", "outcome": "ELIGIBLE"},
             "replay": {"ruleSetVersion": "sha256:3f1c…", "outcome": "ELIGIBLE", "identical": true},
             "current": {"ruleSetVersion": "sha256:9b2e…", "outcome": "ELIGIBLE",
                         "changes": [{"path": "result.capKrw", "recorded": 20000000000, "current": 15000000000},
                                     {"path": "result.grantableAmountKrw", "recorded": 20000000000,
                                      "current": 15000000000}],
                         "rules": {"added": [], "removed": []}}}""";

    static final String DIFF = """
            {"from": "sha256:3f1c…", "to": "sha256:9b2e…",
             "files": [{"path": "reshoring-subsidy/reshoring-subsidy.drl", "change": "MODIFIED",
                        "diff": "--- a/reshoring-subsidy/reshoring-subsidy.drl\\n+++ b/reshoring-subsidy/reshoring-subsidy.drl\\n@@ -120,7 +120,7 @@\\n…",
                        "cells": []}],
             "rules": [{"domain": "reshoring-subsidy", "rule": "cap: capital region from 2024-08-30",
                        "change": "MODIFIED", "changed": ["then"]}],
             "holidays": []}""";

    static final String SIMULATION_REQUEST = """
            {"changes": {"permit-timeout/permit-timeout.drl": "<the whole new text of the file>"},
             "scope": {"registers": true, "evaluationsFrom": "2024-01-01", "examples": true}}""";

    static final String SIMULATION = """
            {"id": "5b0c1f0e-2d7a-4c3e-9f1a-6b8d2e4c7a90", "status": "DONE",
             "base": "sha256:3f1c…", "candidate": "sha256:9b2e…",
             "createdAt": "2024-05-10T09:00:00+09:00", "finishedAt": "2024-05-10T09:00:04+09:00",
             "progress": {"done": 1250, "total": 1250}, "evaluated": 1250, "changed": 37,
             "transitions": [{"domain": "permit-timeout", "from": "DEEMED_PROCESSED", "to": "DEEMING_SCHEDULED",
                              "count": 12},
                             {"domain": "reshoring-subsidy", "from": "ELIGIBLE", "to": "ELIGIBLE", "count": 25}],
             "rules": [{"domain": "permit-timeout", "rule": "deemed processed", "firedBase": 40,
                        "firedCandidate": 28}],
             "changedFiles": ["permit-timeout/permit-timeout.drl"],
             "scope": {"registers": true, "evaluations": true, "evaluationsFrom": "2024-01-01", "examples": true},
             "judgedAsOf": "2024-05-10", "failure": null}""";

    private OpenApiExamples() {
    }
}
