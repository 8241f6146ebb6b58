package kr.policy.checker.domain.taxcredit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.domain.Question;

/** 통합투자세액공제 and 임시투자세액공제 (조세특례제한법 제24조); the law itself is in rules/investment-tax-credit. */
public final class TaxCreditDomain implements Domain<TaxCreditCase, TaxCreditResult> {
    public static final String NAME = "investment-tax-credit";

    @Override public String name() { return NAME; }
    @Override public Class<TaxCreditCase> caseType() { return TaxCreditCase.class; }
    @Override public Class<TaxCreditResult> resultType() { return TaxCreditResult.class; }

    @Override
    public TaxCreditResult newResult(TaxCreditCase input) {
        return new TaxCreditResult();
    }

    @Override
    public LocalDate asOf(TaxCreditCase input) {
        return input.asOf();
    }

    /**
     * The rates of the tax year apply: its last day, the day the statute's "12월 31일이 속하는 과세연도" names (the tax
     * year is the calendar year). Without a tax year, asOf.
     */
    @Override
    public LocalDate legalDate(TaxCreditCase input, LocalDate asOf) {
        return input.taxYear() != null ? LocalDate.of(input.taxYear(), 12, 31) : asOf;
    }

    /** No day counting here; a tax year may lie ahead of asOf (what would apply then). */
    @Override
    public Map<String, LocalDate> datedFacts(TaxCreditCase input) {
        return Map.of();
    }

    @Override
    public Class<Eligibility> outcomeType() {
        return Eligibility.class;
    }

    @Override
    public String exampleCase() {
        return """
                {"taxYear": 2024, "companySize": "MIDSIZE",
                 "investments": [{"assetClass": "GENERAL", "amountKrw": 2000000000},
                                 {"assetClass": "NEW_GROWTH", "amountKrw": 1000000000}],
                 "priorThreeYearsInvestmentKrw": 4500000000}""";
    }

    /** A firm's self-check: the year and the firm first, then what it invested, then what excludes or limits it. */
    @Override
    public List<Question> questions() {
        return List.of(
                Question.number("taxYear"),
                Question.choice("companySize", CompanySize.class),
                Question.amounts("investments", AssetClass.class, "assetClass", "amountKrw"),
                Question.number("priorThreeYearsInvestmentKrw"),
                Question.yesNo("industryExcluded"),
                Question.yesNo("overcrowdedZoneExpansion"));
    }

    @Override
    public boolean incentive() {
        return true;
    }

    @Override
    public List<String> headline() {
        return List.of("creditKrw", "regime", "investmentKrw");
    }
}
