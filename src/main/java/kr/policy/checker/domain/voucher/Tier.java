package kr.policy.checker.domain.voucher;

/** MSS tiers by prior-year exports (내수, 초보, 유망, 성장, 강소); the bounds are in the rules. */
public enum Tier {
    DOMESTIC, BEGINNER, PROMISING, GROWTH, STRONG
}
