package kr.policy.checker.problem;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kr.policy.checker.text.Language;

/**
 * The service's own messages (errors, titles) in Korean and English, from messages/problems_*.properties.
 * Domain messages live with the rules instead.
 */
public final class ServiceMessages {
    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        BUNDLES.put(Language.KO, ResourceBundle.getBundle("messages.problems", Locale.KOREAN));
        BUNDLES.put(Language.EN, ResourceBundle.getBundle("messages.problems", Locale.ENGLISH));
    }

    private ServiceMessages() {
    }

    public static String get(Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLES.get(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    public static Problem problem(ProblemException e, Language language) {
        ProblemType type = e.type();
        return new Problem(type.uri(), get(language, "title." + type.slug()), type.status(),
                get(language, e.detailKey(), e.detailArgs()), e.errors());
    }
}
