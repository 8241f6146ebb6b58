package kr.policy.checker.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A placeholder {@code {field:aspect}}: the message {@code <aspect>.<EnumType>.<VALUE>} of an enum field's value
 * (e.g. {@code {channel:basis}} → {@code basis.Channel.SEMICONDUCTOR_CLUSTER_SITE} → "반도체특별법 제27조").
 */
public record Aspect(String field, String aspect) {
    public static final String SEPARATOR = ":";
    /** Parsed once per placeholder text: placeholders are rendered on every answer, and they are few. */
    private static final Map<String, Aspect> PARSED = new ConcurrentHashMap<>();

    /** The aspect a placeholder names, or null for a plain field placeholder. */
    public static Aspect of(String placeholder) {
        int at = placeholder.indexOf(SEPARATOR);
        return at < 0 ? null : PARSED.computeIfAbsent(placeholder,
                p -> new Aspect(p.substring(0, at), p.substring(at + 1)));
    }

    public String key(Class<?> enumType, String value) {
        return aspect + "." + enumType.getSimpleName() + "." + value;
    }
}
