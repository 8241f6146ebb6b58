package kr.policy.checker.ruleset;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one piece of parsed rule code (a condition, a consequence, a function body) against the
 * {@link RuleCodeAllowlist}: every type it names — by import, simple or fully qualified name, static call,
 * constructor, cast, declaration or method reference — and every method it calls by a refused name.
 */
final class RuleCodeCheck {
    /**
     * Where a refusal is reported: the line in the file of the code's first line, the rule it belongs to, and the
     * code's text (Drools' parser keeps no positions, so a refused name is found in the text to give its line).
     */
    record Place(int firstLine, String owner, String code) {
        Place(int firstLine, String owner) {
            this(firstLine, owner, "");
        }

        Place with(String code) {
            return new Place(firstLine, owner, code);
        }

        /** The line of the first whole-word occurrence of a name in the code, or the code's first line. */
        int lineOf(String name) {
            Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(code);
            if (!m.find()) {
                return firstLine;
            }
            int line = firstLine;
            for (int i = 0; i < m.start(); i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private final RuleCodeNames names;
    private final Consumer<RuleCodePolicy.Refusal> refusals;

    RuleCodeCheck(RuleCodeNames names, Consumer<RuleCodePolicy.Refusal> refusals) {
        this.names = names;
        this.refusals = refusals;
    }

    void check(Node code, Place place) {
        code.findAll(VariableDeclarator.class).forEach(v -> names.variable(v.getNameAsString()));
        code.findAll(Parameter.class).forEach(p -> names.variable(p.getNameAsString()));
        code.walk(node -> {
            if (node instanceof ClassOrInterfaceType type && !isScopeOfType(type)) {
                checkType(type.getNameWithScope(), place.lineOf(type.getNameAsString()), place);
            } else if (node instanceof ClassExpr) {
                refuse(place.lineOf("class"), place, "a class literal (X.class) reaches reflection");
            } else if (node instanceof MethodCallExpr call && RuleCodeAllowlist.refusesMethod(call.getNameAsString())) {
                refuse(place.lineOf(call.getNameAsString()), place,
                        "the method " + call.getNameAsString() + "(…) is not allowed in rules");
            } else if (node instanceof MethodReferenceExpr ref
                    && RuleCodeAllowlist.refusesMethod(ref.getIdentifier())) {
                refuse(place.lineOf(ref.getIdentifier()), place,
                        "the method " + ref.getIdentifier() + " is not allowed in rules");
            } else if (node instanceof Expression e && isChainHead(e)) {
                checkChain(e, place);
            }
        });
    }

    /** The type a name means must be allowed; a name that resolves to no type is left to the compiler. */
    void checkType(String name, int line, Place place) {
        names.qualified(name).ifPresent(type -> {
            if (!names.allows(type)) {
                refuse(line, place, "the type " + type.getName() + " is not allowed in rules");
            }
        });
    }

    private void checkChain(Expression head, Place place) {
        List<String> chain = chain(head);
        if (chain.isEmpty()) {
            return;
        }
        int line = place.lineOf(chain.get(0));
        if (RuleCodeAllowlist.refusesVariable(chain.get(0))) {
            refuse(line, place, "'" + chain.get(0) + "' reaches the rule engine's session; rules set results only");
            return;
        }
        Optional<Class<?>> type = names.leadingType(chain);
        if (type.isPresent() && !names.allows(type.get())) {
            refuse(line, place, "the type " + type.get().getName() + " is not allowed in rules");
        }
    }

    /** a.b.c as names, or empty when the expression is not a plain chain of names. */
    private static List<String> chain(Expression e) {
        List<String> names = new ArrayList<>();
        Expression at = e;
        while (at instanceof FieldAccessExpr f) {
            names.add(0, f.getNameAsString());
            at = f.getScope();
        }
        if (!(at instanceof NameExpr n)) {
            return List.of();
        }
        names.add(0, n.getNameAsString());
        return names;
    }

    /** The outermost name of a chain (not the scope of a longer one), so each chain is checked once. */
    private static boolean isChainHead(Expression e) {
        if (!(e instanceof NameExpr) && !(e instanceof FieldAccessExpr)) {
            return false;
        }
        return e.getParentNode().filter(p -> p instanceof FieldAccessExpr f && f.getScope() == e).isEmpty();
    }

    private static boolean isScopeOfType(ClassOrInterfaceType type) {
        return type.getParentNode()
                .filter(p -> p instanceof ClassOrInterfaceType outer && outer.getScope().orElse(null) == type)
                .isPresent();
    }

    private void refuse(int line, Place place, String why) {
        refusals.accept(new RuleCodePolicy.Refusal(line, place.owner(), why));
    }
}
