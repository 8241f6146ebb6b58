package kr.policy.checker.domain.taxcredit;

import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.domain.DescribedDomain;
import kr.policy.checker.domain.DescribedDomain.LegalDate;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.domain.Question;

/** 통합투자세액공제 and 임시투자세액공제 (조세특례제한법 제24조); the law itself is in rules/investment-tax-credit. */
public final class TaxCreditDomain extends DescribedDomain<TaxCreditCase, TaxCreditResult> {
    public static final String NAME = "investment-tax-credit";

    public TaxCreditDomain() {
        // the rates of the tax year apply; without a tax year, asOf; no day counting, and a tax year may lie ahead
        // of asOf (what would apply then)
        super(NAME, TaxCreditCase.class, TaxCreditResult.class, Eligibility.class, input -> new TaxCreditResult(),
                TaxCreditCase::asOf, LegalDate.orAsOf("taxYear", TaxCreditDomain::lastDayOfTaxYear));
    }

    @Override
    public String exampleCase() {
        return """
                {"taxYear": 2024, "companySize": "MIDSIZE",
                 "investments": [{"assetClass": "GENERAL", "amountKrw": 2000000000},
                                 {"assetClass": "NEW_GROWTH", "amountKrw": 1000000000}],
                 "priorThreeYearsInvestmentKrw": 4500000000}""";
    }

    @Override
    public String exampleAnswer() {
        return """
                {"domain": "investment-tax-credit", "asOf": "2024-05-10", "legalDate": "2024-12-31",
                 "ruleSetVersion": "sha256:…", "outcome": "ELIGIBLE", "headline": "세액공제 3억 7,000만 원",
                 "result": {"regimes": [
                     {"regime": "REGULAR", "rates": [{"assetClass": "GENERAL", "rate": 0.05},
                                                     {"assetClass": "NEW_GROWTH", "rate": 0.06}],
                      "additionalRate": 0.03, "basicKrw": 160000000, "basicKrwDisplay": "1억 6,000만 원",
                      "additionalKrw": 45000000, "additionalKrwDisplay": "4,500만 원", "additionalCapped": false,
                      "totalKrw": 205000000, "totalKrwDisplay": "2억 500만 원"},
                     {"regime": "TEMPORARY", "rates": [{"assetClass": "GENERAL", "rate": 0.07},
                                                       {"assetClass": "NEW_GROWTH", "rate": 0.08}],
                      "additionalRate": 0.1, "basicKrw": 220000000, "basicKrwDisplay": "2억 2,000만 원",
                      "additionalKrw": 150000000, "additionalKrwDisplay": "1억 5,000만 원", "additionalCapped": false,
                      "totalKrw": 370000000, "totalKrwDisplay": "3억 7,000만 원"}],
                   "regime": "TEMPORARY", "investmentKrw": 3000000000, "investmentKrwDisplay": "30억 원",
                   "priorAverageKrw": 1500000000, "increaseKrw": 1500000000,
                   "creditKrw": 370000000, "creditKrwDisplay": "3억 7,000만 원"},
                 "explanation": [{"rule": "temporary credit: larger than the regular one",
                                  "legalBasis": "조세특례제한법 부칙(법률 제20778호) 제4조제2항·제3항: 납세의무자의 선택에 따라 그 중 하나만을 적용",
                                  "source": "tax-special-act",
                                  "message": "임시투자세액공제(3억 7,000만 원)가 정규 통합투자세액공제(2억 500만 원)보다 커서 임시투자세액공제를 적용합니다. 세액공제액은 3억 7,000만 원입니다."}],
                 "sources": [{"id": "tax-special-act", "title": "조세특례제한법", "number": "법률 제21738호",
                              "effective": "2026-06-02"}],
                 "missingFacts": [], "hints": []}""";
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

    /**
     * The last day of the tax year, the day the statute's "12월 31일이 속하는 과세연도" names (the tax year is the calendar
     * year); null without a tax year.
     */
    private static LocalDate lastDayOfTaxYear(TaxCreditCase input) {
        return input.taxYear() != null ? LocalDate.of(input.taxYear(), 12, 31) : null;
    }
}
