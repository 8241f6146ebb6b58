package kr.policy.checker.domain.reshoring;

/** 한국표준산업분류 codes as given (with or without the section letter, C26110 or 26110), compared by digits. */
public final class Ksic {
    private Ksic() {
    }

    /** The code's digits, without the section letter; null for null. */
    public static String digits(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        return !c.isEmpty() && Character.isLetter(c.charAt(0)) ? c.substring(1) : c;
    }

    /** Whether the code is known to at least {@code depth} digits (2 = 중분류, 3 = 소분류). */
    public static boolean knownTo(String code, int depth) {
        String d = digits(code);
        return d != null && d.length() >= depth;
    }

    /** Whether two codes fall in the same class at {@code depth} digits. */
    public static boolean sameClass(String a, String b, int depth) {
        return knownTo(a, depth) && knownTo(b, depth) && digits(a).substring(0, depth).equals(digits(b).substring(0, depth));
    }
}
