package kr.policy.checker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a simulation and a replay count as a changed answer: outcome, result, and the version of a source read. */
class AnswerDiffTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode answer(String number, String effective, String extraSource) throws Exception {
        return JSON.readTree("""
                {"outcome": "ELIGIBLE", "result": {"creditKrw": 100},
                 "sources": [{"id": "tax-special-act", "title": "조세특례제한법", "number": "%s", "effective": "%s"}%s]}"""
                .formatted(number, effective, extraSource));
    }

    @Test
    void aStatuteReadInAnotherVersionIsAChange() throws Exception {
        List<AnswerDiff.Leaf> changes = AnswerDiff.changes(answer("법률 제20778호", "2025-03-14", ""),
                answer("법률 제21100호", "2026-01-01", ""));
        assertEquals(List.of("sources.tax-special-act.number", "sources.tax-special-act.effective"),
                changes.stream().map(AnswerDiff.Leaf::path).toList());
        assertEquals("법률 제21100호", changes.get(0).after().asText());
    }

    @Test
    void theSameSourcesAreNoChangeAndASourceOnOneSideOnlyIsLeftToTheFiredRules() throws Exception {
        assertEquals(List.of(), AnswerDiff.changes(answer("법률 제20778호", "2025-03-14", ""),
                answer("법률 제20778호", "2025-03-14", "")));
        assertEquals(List.of(), AnswerDiff.changes(answer("법률 제20778호", "2025-03-14", ""),
                answer("법률 제20778호", "2025-03-14",
                        ", {\"id\": \"civil-act\", \"title\": \"민법\", \"number\": \"1\", \"effective\": \"1960-01-01\"}")));
    }

    @Test
    void anEarlierVersionInForceOnTheCasesDateIsAChange() throws Exception {
        // a register that now lists the 시행규칙 of 2025-10-01: a case decided in 2025-11 reads that version
        JsonNode before = JSON.readTree("""
                {"outcome": "ELIGIBLE", "result": {}, "sources": [{"id": "reshoring-rule", "title": "시행규칙",
                 "number": "산업통상부령 제5호", "effective": "2026-01-08"}]}""");
        JsonNode after = JSON.readTree("""
                {"outcome": "ELIGIBLE", "result": {}, "sources": [{"id": "reshoring-rule", "title": "시행규칙",
                 "number": "산업통상부령 제1호", "effective": "2025-10-01", "until": "2026-01-07"}]}""");
        assertEquals(List.of("sources.reshoring-rule.number", "sources.reshoring-rule.effective",
                        "sources.reshoring-rule.until"),
                AnswerDiff.changes(before, after).stream().map(AnswerDiff.Leaf::path).toList());
    }
}
