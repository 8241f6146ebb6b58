package kr.policy.checker.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers with thousands separators ("1,028", "9.9"), as messages show them. String.format parses its pattern and
 * looks up locale data on every call, which made it the largest cost of an explanation; a DecimalFormat is built once
 * per thread instead (it is not thread-safe).
 */
public final class Grouping {
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Grouping() {
    }

    public static String of(long n) {
        DecimalFormat format = FORMAT.get();
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(0);
        return format.format(n);
    }

    /** All the value's own decimals, none added: 9.90 → "9.9" when stripped by the caller, 50000 → "50,000". */
    public static String of(BigDecimal d) {
        int decimals = Math.max(0, d.scale());
        DecimalFormat format = FORMAT.get();
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(d);
    }
}
