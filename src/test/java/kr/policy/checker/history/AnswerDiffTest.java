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
}
