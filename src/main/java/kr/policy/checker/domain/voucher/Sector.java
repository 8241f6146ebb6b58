package kr.policy.checker.domain.voucher;

/** Sectors of the MOTIE industry voucher; which of them qualify is said in the rules. */
public enum Sector {
    MATERIALS_PARTS_EQUIPMENT, CONSUMER_GOODS, SERVICES, GREEN, DISTRIBUTION_OR_TRADING, OTHER
}
