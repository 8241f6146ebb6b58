package kr.policy.checker.ruleset;

import kr.policy.checker.engine.Refusal;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleError;
import com.github.javaparser.ast.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * Contract §14: rule code may use only what rules need ({@link RuleCodeAllowlist}). Every DRL file — written by
 * hand or generated from a spreadsheet — is read with Drools' own parser before anything compiles it, and each
 * piece of code in it (imports, globals, functions, conditions, {@code from} sources, accumulate code,
 * consequences, metadata) is parsed as Drools parses it and checked. A refusal names the file, the line, the rule
 * and the type or method. Code that is refused is never compiled, so it never runs: not at start, on a reload, in a
 * simulation or from an archived version.
 */
final class RuleCodePolicy {
    /** One thing the policy refuses, on a line of the file, in a rule or function (null for the file's head). */
    record Refusal(int line, String owner, String why) {
    }

    /** Attributes whose values are plain words or numbers; others (timer, calendars, duration, …) run code. */
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "date-effective", "date-expires", "enabled",
            "dialect");
    private static final Pattern LITERAL = Pattern.compile("-?\\d+|true|false|\"[^\"]*\"|[\\w.-]+");
    private static final Pattern QUOTED_OR_NUMBER = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(\\.\\d+)?");

    private RuleCodePolicy() {
    }

    /** Adds a {@link RuleError} for each refusal in these files; files that do not parse are left to the compiler. */
    static void check(List<RuleFile> drls, ClassLoader loader, Set<Class<?>> factTypes, List<RuleError> errors) {
        for (RuleFile drl : drls) {
            DrlRuleSource.parse(drl).ifPresent(pkg -> {
                Set<Refusal> refusals = new LinkedHashSet<>();
                new FileCheck(drl.text(), pkg, new RuleCodeNames(loader, factTypes), refusals::add).run();
                refusals.forEach(r -> errors.add(error(drl, r)));
            });
        }
    }

    private static RuleError error(RuleFile drl, Refusal refusal) {
        String where = refusal.owner() == null ? "" : refusal.owner() + ": ";
        String message = where + refusal.why() + " (rules may use the domain's types, java.time, java.math, "
                + "java.util collections and java.lang basics; docs/rules-authoring.md lists them)";
        if (!drl.path().endsWith(".drl")) {
            // generated from a decision table: the row's cell, not a line of DRL nobody wrote
            return new RuleError(drl.path(), null, DrlCompiler.tableCell(drl, refusal.line()) + ": " + message);
        }
        return new RuleError(drl.path(), refusal.line() > 0 ? refusal.line() : null, message);
    }

    /** The walk over one file's descriptors. */
    private static final class FileCheck {
        private final String text;
        private final PackageDescr pkg;
        private final RuleCodeNames names;
        private final Consumer<Refusal> refusals;

        FileCheck(String text, PackageDescr pkg, RuleCodeNames names, Consumer<Refusal> refusals) {
            this.text = text;
            this.pkg = pkg;
            this.names = names;
            this.refusals = refusals;
        }

        void run() {
            RuleCodeCheck head = new RuleCodeCheck(names, refusals);
            for (ImportDescr imp : pkg.getImports()) {
                importType(imp, head);
            }
            pkg.getFunctionImports().forEach(imp -> importMember(imp, head));
            pkg.getAccumulateImports().forEach(imp -> refuse(imp, null,
                    "a custom accumulate function (" + imp.getTarget() + ") is not allowed in rules"));
            pkg.getTypeDeclarations().forEach(d -> refuse(d, null,
                    "declare is not allowed: rules use the domain's types"));
            pkg.getEnumDeclarations().forEach(d -> refuse(d, null,
                    "declare is not allowed: rules use the domain's types"));
            pkg.getWindowDeclarations().forEach(d -> refuse(d, null, "window declarations are not allowed"));
            pkg.getAttributes().forEach(a -> attribute(a, null));
            for (GlobalDescr global : pkg.getGlobals()) {
                typeName(global.getType(), head,
                        new RuleCodeCheck.Place(global.getLine(), "global " + global.getIdentifier()));
                names.variable(global.getIdentifier());
            }
            pkg.getFunctions().forEach(f -> names.function(f.getName()));
            pkg.getFunctions().forEach(this::function);
            pkg.getRules().forEach(this::rule);
        }

        private void importType(ImportDescr imp, RuleCodeCheck head) {
            String target = imp.getTarget();
            if (target.endsWith(".*")) {
                String pkgName = target.substring(0, target.length() - 2);
                if (!RuleCodeAllowlist.allowsPackage(pkgName)) {
                    refuse(imp, null, "import " + target + " is not allowed in rules; import the types one by one");
                }
                names.importOnDemand(pkgName);
                return;
            }
            Optional<Class<?>> type = names.qualified(target);
            if (type.isPresent() && !names.allows(type.get())) {
                refuse(imp, null, "import " + target + ": the type " + type.get().getName()
                        + " is not allowed in rules");
            } else if (type.isEmpty()) {
                importMember(imp, head);
                return;
            }
            names.importType(target);
        }

        /** import function a.b.C.m (or import static): the class C must be allowed and m not refused. */
        private void importMember(ImportDescr imp, RuleCodeCheck head) {
            String target = imp.getTarget();
            int dot = target.lastIndexOf('.');
            if (dot < 0) {
                return;
            }
            String member = target.substring(dot + 1);
            Optional<Class<?>> owner = names.qualified(target.substring(0, dot));
            if (owner.isPresent() && !names.allows(owner.get())) {
                refuse(imp, null, "import " + target + ": the type " + owner.get().getName()
                        + " is not allowed in rules");
            } else if (RuleCodeAllowlist.refusesMethod(member)) {
                refuse(imp, null, "import " + target + ": the method " + member + " is not allowed in rules");
            }
            names.function(member);
        }

        private void function(FunctionDescr f) {
            String owner = "function " + f.getName();
            RuleCodeNames scope = names.scope();
            RuleCodeCheck check = new RuleCodeCheck(scope, refusals);
            RuleCodeCheck.Place at = new RuleCodeCheck.Place(line(f), owner);
            typeName(f.getReturnType(), check, at);
            f.getParameterTypes().forEach(t -> typeName(t, check, at));
            f.getParameterNames().forEach(scope::variable);
            block(f.getBody(), check, new RuleCodeCheck.Place(lineOf(f.getBody(), f), owner));
        }

        private void rule(RuleDescr rule) {
            String owner = "rule \"" + rule.getName() + "\"";
            RuleCodeNames scope = names.scope();
            RuleCodeCheck check = new RuleCodeCheck(scope, refusals);
            rule.getAttributes().values().forEach(a -> attribute(a, owner));
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                for (Map.Entry<String, Object> value : annotation.getValueMap().entrySet()) {
                    String text = String.valueOf(value.getValue()).strip();
                    if (!QUOTED_OR_NUMBER.matcher(text).matches()) {
                        refuse(lineOf("@" + annotation.getName(), rule), owner, "@" + annotation.getName() + " must be a quoted text or a number, "
                                + "not code: " + text);
                    }
                }
            }
            if (rule.getLhs() != null) {
                condition(rule.getLhs(), check, scope, owner);
            }
            if (rule.getConsequence() != null) {
                String code = String.valueOf(rule.getConsequence());
                block(code, check, new RuleCodeCheck.Place(lineOf(code, rule), owner));
            }
            rule.getNamedConsequences().forEach((name, code) -> block(String.valueOf(code), check,
                    new RuleCodeCheck.Place(rule.getConsequenceLine(), owner + " then[" + name + "]")));
        }

        private void condition(BaseDescr descr, RuleCodeCheck check, RuleCodeNames scope, String owner) {
            RuleCodeCheck.Place at = new RuleCodeCheck.Place(line(descr), owner);
            if (descr instanceof PatternDescr pattern) {
                if (pattern.getIdentifier() != null) {
                    scope.variable(pattern.getIdentifier());
                }
                typeName(pattern.getObjectType(), check, at);
                if (!pattern.getBehaviors().isEmpty()) {
                    refuse(descr, owner, "sliding windows are not allowed in rules");
                }
                for (BaseDescr constraint : pattern.getDescrs()) {
                    condition(constraint, check, scope, owner);
                }
                if (pattern.getSource() != null) {
                    source(pattern.getSource(), check, scope, owner);
                }
            } else if (descr instanceof ExprConstraintDescr constraint) {
                expression(constraint.getExpression(), check, at);
            } else if (descr instanceof BindingDescr binding) {
                scope.variable(binding.getVariable());
                expression(binding.getExpression(), check, at);
            } else if (descr instanceof EvalDescr eval) {
                expression(String.valueOf(eval.getContent()), check, at);
            } else if (descr instanceof ConditionalElementDescr element) {
                for (BaseDescr child : element.getDescrs()) {
                    condition(child, check, scope, owner);
                }
            } else {
                refuse(descr, owner, "this kind of condition (" + descr.getClass().getSimpleName()
                        + ") is not allowed in rules");
            }
        }

        private void source(PatternSourceDescr source, RuleCodeCheck check, RuleCodeNames scope, String owner) {
            RuleCodeCheck.Place at = new RuleCodeCheck.Place(line(source), owner);
            if (source instanceof FromDescr from) {
                expression(from.getDataSource().getText(), check, at);
            } else if (source instanceof CollectDescr collect) {
                condition(collect.getInputPattern(), check, scope, owner);
            } else if (source instanceof AccumulateDescr acc) {
                if (acc.getInput() != null) {
                    condition(acc.getInput(), check, scope, owner);
                }
                for (String code : new String[] {acc.getInitCode(), acc.getActionCode(), acc.getReverseCode()}) {
                    if (code != null) {
                        block(code, check, at);
                    }
                }
                if (acc.getResultCode() != null) {
                    expression(acc.getResultCode(), check, at);
                }
                for (AccumulateDescr.AccumulateFunctionCallDescr call : acc.getFunctions()) {
                    if (call.getBind() != null) {
                        scope.variable(call.getBind());
                    }
                    for (String param : call.getParams()) {
                        expression(param, check, at);
                    }
                }
            } else if (!(source instanceof EntryPointDescr)) {
                refuse(source, owner, "this kind of source (" + source.getClass().getSimpleName()
                        + ") is not allowed in rules");
            }
        }

        private void attribute(AttributeDescr attribute, String owner) {
            String name = attribute.getName();
            String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
            if (!ATTRIBUTES.contains(name)) {
                refuse(attribute, owner, "the attribute " + name + " is not allowed in rules");
            } else if (name.equals("dialect") && !value.replace("\"", "").equals("java")) {
                refuse(attribute, owner, "dialect " + value + " is not allowed: rules are written in the java "
                        + "dialect, whose code this check reads");
            } else if (!LITERAL.matcher(value).matches()) {
                refuse(attribute, owner, "the attribute " + name + " must be a plain value, not code: " + value);
            }
        }

        private void typeName(String type, RuleCodeCheck check, RuleCodeCheck.Place at) {
            if (type == null || type.isBlank()) {
                return;
            }
            Node parsed;
            try {
                parsed = MvelParser.parseType(type);
            } catch (RuntimeException e) {
                refuse(at.firstLine(), at.owner(), "the type " + type + " does not parse");
                return;
            }
            check.check(parsed, at);
        }

        private void expression(String code, RuleCodeCheck check, RuleCodeCheck.Place at) {
            if (code == null || code.isBlank()) {
                return;
            }
            DrlxExpression parsed;
            try {
                parsed = DrlxParseUtil.parseExpression(code);
            } catch (RuntimeException e) {
                refuse(at.firstLine(), at.owner(), "this condition cannot be read: " + firstLine(e));
                return;
            }
            // the wrapper does not list its parts as children: walk the expression itself
            check.check(parsed.getExpr(), at.with(code));
        }

        private void block(String code, RuleCodeCheck check, RuleCodeCheck.Place at) {
            if (code == null || code.isBlank()) {
                return;
            }
            Node parsed;
            try {
                // Drools' own Java grammar with its statements (modify, …); the brace keeps line 1 the code's first
                parsed = MvelParser.parseBlock("{" + code + "\n}");
            } catch (RuntimeException e) {
                refuse(at.firstLine(), at.owner(), "this code does not parse as Java: " + firstLine(e));
                return;
            }
            check.check(parsed, at.with(code.strip()));
        }

        private static String firstLine(Exception e) {
            String message = String.valueOf(e.getMessage());
            int nl = message.indexOf('\n');
            return nl < 0 ? message : message.substring(0, nl);
        }

        private void refuse(BaseDescr at, String owner, String why) {
            refuse(line(at), owner, why);
        }

        /** A descriptor's line, counted from its offset in the file (the parser's own line is not always kept). */
        private int line(BaseDescr descr) {
            int start = descr.getStartCharacter();
            return start >= 0 && start <= text.length() ? lineAt(start) : descr.getLine();
        }

        /** The line where a piece of code a descriptor holds as text begins, found from the descriptor on. */
        private int lineOf(String code, BaseDescr owner) {
            int from = Math.max(owner.getStartCharacter(), 0);
            int at = code.isBlank() ? -1 : text.indexOf(code.strip(), from);
            return at >= 0 ? lineAt(at) : line(owner);
        }

        private int lineAt(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private void refuse(int line, String owner, String why) {
            refusals.accept(new Refusal(line, owner, why));
        }
    }
}
