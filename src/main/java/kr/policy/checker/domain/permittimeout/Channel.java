package kr.policy.checker.domain.permittimeout;

/** Who asked for fast processing (contract §3 permit-timeout). */
public enum Channel {
    /** 국가첨단전략산업법 제19조: the developer of a 특화단지. */
    SPECIAL_COMPLEX,
    /** 제25조의2제3항: the firm carrying out a 선도사업. */
    LEAD_PROJECT,
    OTHER
}
