package kr.policy.checker.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.domain.Question;
import kr.policy.checker.engine.CaseResult;
import kr.policy.checker.text.KoreanWon;

/**
 * A sixth incentive that exists only in this test (rules in src/test/resources/fixture-rules/hiring-grant): it shows
 * that an incentive joins the screening by declaring itself one, with no change to the screening's code.
 */
public final class HiringGrantFixture implements Domain<HiringGrantFixture.Case, HiringGrantFixture.Result> {

    public enum Size { SME, MIDSIZE, LARGE }

    public record Case(Size companySize, Integer newHires, LocalDate asOf) {
    }

    public static class Result extends CaseResult {
        private Eligibility outcome;
        private Long grantKrw;

        @Override public Eligibility getOutcome() { return outcome; }
        public void setOutcome(Eligibility outcome) { this.outcome = outcome; }
        public Long getGrantKrw() { return grantKrw; }
        public void setGrantKrw(Long grantKrw) { this.grantKrw = grantKrw; }
        public String getGrantKrwDisplay() { return KoreanWon.format(grantKrw); }
    }

    @Override public String name() { return "hiring-grant"; }
    @Override public Class<Case> caseType() { return Case.class; }
    @Override public Class<Result> resultType() { return Result.class; }
    @Override public Result newResult(Case input) { return new Result(); }
    @Override public LocalDate asOf(Case input) { return input.asOf(); }
    @Override public LocalDate legalDate(Case input, LocalDate asOf) { return asOf; }
    @Override public String legalDateField(Case input) { return "asOf"; }
    @Override public Map<String, LocalDate> datedFacts(Case input) { return Map.of(); }
    @Override public Class<Eligibility> outcomeType() { return Eligibility.class; }
    @Override public String exampleCase() { return "{\"companySize\": \"SME\", \"newHires\": 3}"; }
    @Override public List<Question> questions() {
        return List.of(Question.choice("companySize", Size.class), Question.number("newHires"));
    }
    @Override public boolean incentive() { return true; }
    @Override public List<String> headline() { return List.of("grantKrw"); }
}
