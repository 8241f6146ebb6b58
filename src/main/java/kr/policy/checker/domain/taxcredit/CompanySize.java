package kr.policy.checker.domain.taxcredit;

/**
 * 중소기업, 중견기업 (제7조의4 and 시행령 제6조의4), 대기업: the three rate columns of 제24조. Named and spelt as the
 * export voucher's companySize, so that one answer serves both in a screening.
 */
public enum CompanySize {
    SME, MIDSIZE, LARGE
}
