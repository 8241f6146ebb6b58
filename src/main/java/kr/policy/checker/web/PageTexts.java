package kr.policy.checker.web;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import kr.policy.checker.text.Language;

/** The pages' own words, from messages/pages_ko.properties and pages_en.properties, as maps for the templates. */
final class PageTexts {
    private static final Map<Language, Map<String, String>> TEXTS = new EnumMap<>(Language.class);

    static {
        load(Language.KO, Locale.KOREAN);
        load(Language.EN, Locale.ENGLISH);
    }

    private PageTexts() {
    }

    private static void load(Language language, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages.pages", locale);
        Map<String, String> map = new HashMap<>();
        bundle.keySet().forEach(k -> map.put(k, bundle.getString(k)));
        TEXTS.put(language, Collections.unmodifiableMap(map));
    }

    static Map<String, String> of(Language language) {
        return TEXTS.get(language);
    }
}
