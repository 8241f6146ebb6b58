package kr.policy.checker.text;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A domain's messages in Korean and English (rules/&lt;domain&gt;/messages_ko.properties and messages_en.properties).
 * Enum values are shown through keys {@code enum.<Type>.<VALUE>} when present.
 */
public final class Messages {
    private final Map<Language, Map<String, MessageTemplate>> templates;
    /** Enum labels by language, filled as they are first asked for: a label is looked up for most placeholders. */
    private final Map<Language, Map<Enum<?>, String>> labels = new EnumMap<>(Language.class);
    /** Aspects of enum values by aspect and value, filled as they are first asked for (empty: not worded). */
    private final Map<Language, Map<String, Map<Enum<?>, Optional<String>>>> aspects = new EnumMap<>(Language.class);

    private Messages(Map<Language, Map<String, MessageTemplate>> templates) {
        this.templates = templates;
        for (Language language : Language.values()) {
            labels.put(language, new ConcurrentHashMap<>());
            aspects.put(language, new ConcurrentHashMap<>());
        }
    }

    /** Parses the property files' text; keys missing in one language are reported by the loader. */
    public static Messages parse(Map<Language, String> texts) throws IOException {
        Map<Language, Map<String, MessageTemplate>> all = new EnumMap<>(Language.class);
        for (Map.Entry<Language, String> e : texts.entrySet()) {
            Properties p = new Properties();
            p.load(new StringReader(e.getValue()));
            Map<String, MessageTemplate> byKey = new HashMap<>();
            p.stringPropertyNames().forEach(k -> byKey.put(k, new MessageTemplate(p.getProperty(k))));
            all.put(e.getKey(), byKey);
        }
        return new Messages(all);
    }

    public boolean has(Language language, String key) {
        return templates.getOrDefault(language, Map.of()).containsKey(key);
    }

    public MessageTemplate template(Language language, String key) {
        return templates.getOrDefault(language, Map.of()).get(key);
    }

    /** The message for a key, placeholders filled by {@code values}; the key itself when there is no message. */
    public String render(Language language, String key, Function<String, String> values) {
        MessageTemplate t = template(language, key);
        return t == null ? key : t.render(values);
    }

    /** A text without placeholders (a page word), or null when the key has none. */
    public String text(Language language, String key) {
        MessageTemplate t = template(language, key);
        return t == null ? null : t.render(n -> "");
    }

    /**
     * An aspect of an enum value ({@code basis.Channel.SPECIAL_COMPLEX}: the article a channel is decided under), or
     * null when the rules' messages do not word it; the loader refuses a message naming an aspect that is not worded
     * for every value.
     */
    public String aspect(Language language, Enum<?> value, String aspect) {
        return aspects.get(language).computeIfAbsent(aspect, a -> new ConcurrentHashMap<>()).computeIfAbsent(value,
                v -> Optional.ofNullable(template(language, new Aspect(null, aspect).key(v.getDeclaringClass(), v.name())))
                        .map(t -> t.render(n -> ""))).orElse(null);
    }

    /** A person's name for an enum value, else the value itself. */
    public String label(Language language, Enum<?> value) {
        return labels.get(language).computeIfAbsent(value, v -> {
            MessageTemplate t = template(language, "enum." + v.getDeclaringClass().getSimpleName() + "." + v.name());
            return t == null ? v.name() : t.render(n -> "");
        });
    }
}
