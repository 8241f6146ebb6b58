package kr.policy.checker.engine;

/**
 * A placeholder {@code {field:aspect}}: the message {@code <aspect>.<EnumType>.<VALUE>} of an enum field's value
 * (e.g. {@code {channel:basis}} → {@code basis.Channel.SEMICONDUCTOR_CLUSTER_SITE} → "반도체특별법 제27조").
 */
record Aspect(String field, String aspect) {
    static final String SEPARATOR = ":";

    /** The aspect a placeholder names, or null for a plain field placeholder. */
    static Aspect of(String placeholder) {
        int at = placeholder.indexOf(SEPARATOR);
        return at < 0 ? null : new Aspect(placeholder.substring(0, at), placeholder.substring(at + 1));
    }

    /** The message key of this aspect for one enum value. */
    String key(Enum<?> value) {
        return key(value.getDeclaringClass(), value.name());
    }

    String key(Class<?> enumType, String value) {
        return aspect + "." + enumType.getSimpleName() + "." + value;
    }
}
