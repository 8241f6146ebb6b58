package kr.policy.checker.text;

import java.util.List;
import java.util.Locale;

/** The languages of human-readable messages; Korean first. */
public enum Language {
    KO, EN;

    private static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    /** Picks from an Accept-Language header; Korean when absent, malformed or unmatched. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return KO;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best != null && best.getLanguage().equals("en") ? EN : KO;
        } catch (IllegalArgumentException malformed) {
            return KO;
        }
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
