package kr.policy.checker.domain.regulationreview;

/** How a regulation came up for review (contract §3 regulation-review). */
public enum Track {
    /** Found by the government's own sweep (新산업정책2.0): the review result goes to the committee. */
    DISCOVERED,
    /** A firm's request under 국가첨단전략산업법 제29조. */
    FIRM_REQUEST,
    /** 반도체특별법 제23조: a request by a firm, institution or 지식산업센터 in a 반도체클러스터. */
    SEMICONDUCTOR_CLUSTER_TENANT
}
