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

    private OpenApiExamples() {
    }
}
