package kr.policy.checker.domain.voucher;

/** 중소기업 (중소기업기본법), 중견기업 (중견기업법), 대기업. */
public enum CompanySize {
    SME, MIDSIZE, LARGE
}
