package kr.policy.checker.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with named placeholders such as {@code {planDueDate}}, split once at load time. A placeholder may name an
 * aspect of an enum field, {@code {channel:committee}}: the message {@code committee.Channel.<VALUE>} of the field's
 * value, so that a choice in the case (which statute, which committee) is worded in the rules' messages, not in Java.
 */
public final class MessageTemplate {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*(?:" + Aspect.SEPARATOR + "[A-Za-z][A-Za-z0-9]*)?)}");

    private final String pattern;
    private final List<String> literals = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    public MessageTemplate(String pattern) {
        this.pattern = pattern;
        Matcher m = PLACEHOLDER.matcher(pattern);
        int at = 0;
        while (m.find()) {
            literals.add(pattern.substring(at, m.start()));
            names.add(m.group(1));
            at = m.end();
        }
        literals.add(pattern.substring(at));
    }

    public List<String> placeholders() {
        return names;
    }

    public boolean hasPlaceholders() {
        return !names.isEmpty();
    }

    public String render(Function<String, String> values) {
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < names.size(); i++) {
            out.append(literals.get(i)).append(values.apply(names.get(i)));
        }
        return out.append(literals.get(names.size())).toString();
    }

    /** Two templates of the same text are the same (a rule's metadata compares by value, e.g. warm against cold). */
    @Override
    public boolean equals(Object o) {
        return o instanceof MessageTemplate t && t.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
