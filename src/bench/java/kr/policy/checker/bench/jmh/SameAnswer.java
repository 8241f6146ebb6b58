package kr.policy.checker.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kr.policy.checker.bench.floor.FloorAnswer;
import kr.policy.checker.engine.Evaluation;

/** A comparison is only fair between answers that agree: the floor must give the engine's outcome and result. */
final class SameAnswer {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private SameAnswer() {
    }

    static void require(String domain, Evaluation engine, FloorAnswer floor) {
        JsonNode expected = JSON.valueToTree(engine.result());
        JsonNode actual = JSON.valueToTree(floor.result());
        if (!expected.equals(actual) || !engine.result().getOutcome().equals(floor.outcome())) {
            throw new IllegalStateException(domain + ": the floor answers " + actual + " where the engine answers "
                    + expected);
        }
        if (floor.explanation().size() != engine.fired().size()) {
            throw new IllegalStateException(domain + ": the floor explains " + floor.explanation().size()
                    + " steps where the engine explains " + engine.fired().size());
        }
    }
}
