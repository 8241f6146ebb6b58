package kr.policy.checker.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the names a DRL file's code uses to the types they mean, as Java and Drools resolve them: the file's
 * imports (single and on demand), its package's functions and globals, {@code java.lang}, and fully qualified names.
 * Classes are looked up without being initialised, so resolving a name never runs its code.
 */
final class RuleCodeNames {
    private final ClassLoader loader;
    private final Set<Class<?>> factTypes;
    private final Map<String, String> imported;
    private final List<String> onDemand;
    private final Set<String> functions;
    private final Set<String> variables;

    /** Names in files of a domain whose case and result are {@code factTypes} (with the types nested in them). */
    RuleCodeNames(ClassLoader loader, Set<Class<?>> factTypes) {
        this(loader, factTypes, new HashMap<>(), new ArrayList<>(), new HashSet<>(), new HashSet<>());
    }

    private RuleCodeNames(ClassLoader loader, Set<Class<?>> factTypes, Map<String, String> imported,
                          List<String> onDemand, Set<String> functions, Set<String> variables) {
        this.loader = loader;
        this.factTypes = factTypes;
        this.imported = imported;
        this.onDemand = onDemand;
        this.functions = functions;
        this.variables = variables;
    }

    /** The file's names with a scope of its own for one rule's or function's values (bindings, locals). */
    RuleCodeNames scope() {
        return new RuleCodeNames(loader, factTypes, imported, onDemand, functions, new HashSet<>(variables));
    }

    /** Whether rules may name this type: the allowlist's, or the domain's own case and result (and their nested types). */
    boolean allows(Class<?> type) {
        return RuleCodeAllowlist.allowsType(type) || factTypes.contains(RuleCodeAllowlist.outermost(type));
    }

    void importType(String qualified) {
        imported.put(qualified.substring(qualified.lastIndexOf('.') + 1), qualified);
    }

    void importOnDemand(String pkg) {
        onDemand.add(pkg);
    }

    /** A global, a function parameter, a binding ($x) or a local: a name that is a value, never a type. */
    void variable(String name) {
        variables.add(name);
    }

    void function(String name) {
        functions.add(name);
    }

    boolean isVariable(String name) {
        return variables.contains(name) || name.startsWith("$");
    }

    boolean isFunction(String name) {
        return functions.contains(name);
    }

    /** The type a simple name means in this file, if it names one. */
    Optional<Class<?>> simple(String name) {
        String qualified = imported.get(name);
        if (qualified != null) {
            return qualified(qualified);
        }
        for (String pkg : onDemand) {
            Optional<Class<?>> type = load(pkg + "." + name);
            if (type.isPresent()) {
                return type;
            }
        }
        return load("java.lang." + name);
    }

    /**
     * The type a dotted name means: a fully qualified one ({@code java.nio.file.Files}), a nested one
     * ({@code java.util.Map.Entry}), or a simple name's member ({@code Map.Entry}).
     */
    Optional<Class<?>> qualified(String dotted) {
        Optional<Class<?>> type = load(dotted);
        if (type.isPresent()) {
            return type;
        }
        int dot = dotted.lastIndexOf('.');
        if (dot < 0) {
            return simple(dotted);
        }
        Optional<Class<?>> outer = qualified(dotted.substring(0, dot));
        return outer.flatMap(o -> load(o.getName() + "$" + dotted.substring(dot + 1)));
    }

    /**
     * The type the leading names of a chain mean ({@code java.nio.file.Files} of
     * {@code java.nio.file.Files.writeString}): the shortest prefix that names a type, unless the chain starts at
     * a value.
     */
    Optional<Class<?>> leadingType(List<String> chain) {
        if (chain.isEmpty() || isVariable(chain.get(0))) {
            return Optional.empty();
        }
        Optional<Class<?>> first = simple(chain.get(0));
        if (first.isPresent()) {
            return first;
        }
        StringBuilder prefix = new StringBuilder(chain.get(0));
        for (int i = 1; i < chain.size(); i++) {
            prefix.append('.').append(chain.get(i));
            Optional<Class<?>> type = load(prefix.toString());
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    private Optional<Class<?>> load(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
