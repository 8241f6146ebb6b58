package kr.policy.checker.text;

import java.util.ArrayList;
import java.util.List;

/** Won amounts as Koreans write them: 20000000000 → "200억 원", 64285714 → "6,428만 5,714원". */
public final class KoreanWon {
    private static final long MAN = 10_000L;
    private static final long EOK = MAN * MAN;
    private static final long JO = EOK * MAN;

    private KoreanWon() {
    }

    public static String format(Long amount) {
        return amount == null ? null : format(amount.longValue());
    }

    public static String format(long amount) {
        if (amount == 0) {
            return "0원";
        }
        String sign = amount < 0 ? "-" : "";
        long rest = Math.abs(amount);
        List<String> parts = new ArrayList<>(4);
        long[] units = {JO, EOK, MAN};
        String[] names = {"조", "억", "만"};
        for (int i = 0; i < units.length; i++) {
            long n = rest / units[i];
            if (n > 0) {
                parts.add(Grouping.of(n) + names[i]);
            }
            rest %= units[i];
        }
        parts.add(rest > 0 ? Grouping.of(rest) + "원" : "원");
        return sign + String.join(" ", parts);
    }
}
