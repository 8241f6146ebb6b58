package kr.policy.checker.domain.permittimeout;

/**
 * Who asked for fast processing (contract §3 and §13.1). Which statute, article and committee each is decided under is
 * worded in the rules' messages ({@code basis.Channel.*}, {@code committee.Channel.*}), not here.
 */
public enum Channel {
    /** 국가첨단전략산업법 제19조: the developer of a 특화단지. */
    SPECIAL_COMPLEX,
    /** 제25조의2제3항: the firm carrying out a 선도사업. */
    LEAD_PROJECT,
    /** 반도체특별법 제27조제1항: the 반도체클러스터's 사업시행자, developing the cluster site. */
    SEMICONDUCTOR_CLUSTER_SITE,
    /** 반도체특별법 제27조제1항: 국가 및 지방자치단체 등, building a 제14조제1항 산업기반시설 for the cluster. */
    SEMICONDUCTOR_CLUSTER_INFRA,
    OTHER
}
