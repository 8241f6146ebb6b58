package kr.policy.checker.domain.voucher;

/** The two programmes that share the 수출바우처 name; their rules differ and are never mixed. */
public enum VoucherProgram {
    /** 중소벤처기업부 수출바우처 (SMEs). */
    MSS,
    /** 산업통상자원부 산업 글로벌 진출역량 강화 바우처 (SMEs and mid-sized firms in listed sectors). */
    MOTIE_INDUSTRY
}
