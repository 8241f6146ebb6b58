package kr.policy.checker.ruleset;

import kr.policy.checker.engine.RuleFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The rules of a domain's DRL files as comparable text, read with Drools' own parser so that a rule is split at
 * {@code when}/{@code then} exactly as Drools splits it. Used by {@link RuleSetDiff}.
 *
 * <p>The parser gives the rule's left-hand side as character offsets into the text (start inclusive, end exclusive,
 * from the first to the last pattern; an empty {@code when} gives end &lt; start, no {@code when} gives -1) and the
 * consequence as its raw text (its own offset stays 0). Annotation values keep their quotes in
 * {@code getSingleValueAsString()}; {@code getSingleValueStripped()} gives the bare key. On a syntax error the parser
 * returns {@code null} and records the errors instead of throwing.
 */
final class DrlRuleSource {

    /**
     * One rule: its when and then with comments dropped and whitespace collapsed, its attributes (salience, …) and its
     * metadata (@legalBasis, @message, …) by name, single values unquoted.
     */
    record DrlRule(String name, String when, String then, Map<String, String> attributes,
                   Map<String, String> metadata) {
    }

    private DrlRuleSource() {
    }

    /** The rules of these DRL files by name (the first declaration wins), or empty if any file does not parse. */
    static Optional<Map<String, DrlRule>> rules(List<RuleFile> drls) {
        Map<String, DrlRule> byName = new TreeMap<>();
        for (RuleFile drl : drls) {
            Optional<PackageDescr> pkg = parse(drl);
            if (pkg.isEmpty()) {
                return Optional.empty();
            }
            String text = drl.text();
            for (RuleDescr rule : pkg.get().getRules()) {
                byName.putIfAbsent(rule.getName(), rule(rule, text));
            }
        }
        return Optional.of(byName);
    }

    /** One DRL file's descriptors, or empty when it does not parse (the compiler then names the error). */
    static Optional<PackageDescr> parse(RuleFile drl) {
        if (!drl.isText()) {
            return Optional.empty();
        }
        try {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr pkg = parser.parse(null, drl.text());
            return parser.hasErrors() || pkg == null ? Optional.empty() : Optional.of(pkg);
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static DrlRule rule(RuleDescr rule, String text) {
        Map<String, String> attributes = new TreeMap<>();
        rule.getAttributes().forEach((name, a) -> attributes.put(name, normalize(String.valueOf(a.getValue()))));
        Map<String, String> metadata = new TreeMap<>();
        for (AnnotationDescr a : rule.getAnnotations()) {
            metadata.put(a.getName(), annotationValue(a));
        }
        return new DrlRule(rule.getName(), normalize(whenText(rule.getLhs(), text)), normalize(thenText(rule)),
                attributes, metadata);
    }

    /** The left-hand side as written, from the parser's offsets; "" for an empty or absent {@code when}. */
    private static String whenText(AndDescr lhs, String text) {
        if (lhs == null) {
            return "";
        }
        int start = lhs.getStartCharacter();
        int end = lhs.getEndCharacter();
        if (start < 0 || end <= start || end > text.length()) {
            return lhs.getDescrs().isEmpty() ? "" : lhs.getDescrs().toString();
        }
        return text.substring(start, end);
    }

    /** The consequence and any named consequences ({@code then[name]}). */
    private static String thenText(RuleDescr rule) {
        StringBuilder then = new StringBuilder(String.valueOf(rule.getConsequence()));
        new TreeMap<>(rule.getNamedConsequences()).forEach((name, body) ->
                then.append("\n[").append(name).append("] ").append(body));
        return then.toString();
    }

    /** A single value unquoted (the message key, the date), else every key=value pair as written. */
    private static String annotationValue(AnnotationDescr a) {
        if (a.hasValue() && a.getValueMap().size() == 1) {
            return String.valueOf(a.getSingleValueStripped());
        }
        return new TreeMap<>(a.getValueMap()).toString();
    }

    /** Code without comments and with each run of whitespace as one space, so re-indenting changes nothing. */
    static String normalize(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = copyLiteral(code, i, out);
            } else if (code.startsWith("//", i)) {
                i = indexOrEnd(code, "\n", i);
            } else if (code.startsWith("/*", i)) {
                i = Math.min(code.length(), indexOrEnd(code, "*/", i + 2) + 2);
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Copies a string or character literal (with its escapes) and returns the index after it. */
    private static int copyLiteral(String code, int start, StringBuilder out) {
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        int end = Math.min(code.length(), i + 1);
        out.append(code, start, end);
        return end;
    }

    private static int indexOrEnd(String code, String what, int from) {
        int at = code.indexOf(what, from);
        return at < 0 ? code.length() : at;
    }
}
