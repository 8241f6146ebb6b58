package kr.policy.checker.bench.floor;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers in explanation messages, written the way the engine's message templates show them. */
final class Format {
    private Format() {
    }

    /** A decimal without trailing zeros and with thousands separators: 3.0 → "3", 50000 → "50,000", 9.9 → "9.9". */
    static String decimal(BigDecimal value) {
        BigDecimal d = value.stripTrailingZeros();
        return String.format(Locale.ROOT, "%,." + Math.max(0, d.scale()) + "f", d);
    }

    static String decimal(double value) {
        return decimal(BigDecimal.valueOf(value));
    }
}
