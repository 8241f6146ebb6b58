package kr.policy.checker.ruleset;

import kr.policy.checker.engine.DomainSpec;
import java.util.Set;

/**
 * What rule code may name (contract §14): the domain's fact and result types, the project's helpers for periods,
 * money and messages, {@code java.time}, {@code java.math}, {@code java.util} collections and {@code java.lang}
 * basics. Everything else — files, processes, threads, reflection, class loading, network, system properties,
 * the environment, the clock — is refused. Listed here in code, not in {@code rules/}, so that a rule author cannot
 * widen it; docs/rules-authoring.md lists it for them.
 */
final class RuleCodeAllowlist {
    /** Bumped whenever the list narrows: compiled rules cached under an older policy are compiled (and checked) again. */
    static final int VERSION = 1;

    /** Packages whose every type is allowed. */
    private static final Set<String> PACKAGES = Set.of(
            "java.time", "java.time.temporal", "java.time.format", "java.math",
            "java.util.function", "java.util.stream");

    /**
     * The domains' own packages (kr.policy.checker.domain.&lt;name&gt;) hold their fact, result and value types; the
     * domain's description there (a {@link DomainSpec}) is the service's, not a fact, and is refused.
     */
    private static final String DOMAIN_PACKAGES = "kr.policy.checker.domain.";

    private static final Set<String> TYPES = Set.of(
            // java.lang basics
            "java.lang.String", "java.lang.StringBuilder", "java.lang.CharSequence", "java.lang.Math",
            "java.lang.StrictMath", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
            "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character", "java.lang.Number",
            "java.lang.Object", "java.lang.Comparable", "java.lang.Iterable", "java.lang.Enum",
            "java.lang.ArithmeticException", "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException",
            // java.util collections
            "java.util.Collection", "java.util.Collections", "java.util.List", "java.util.ArrayList",
            "java.util.LinkedList", "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.SortedMap", "java.util.NavigableMap", "java.util.EnumMap",
            "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.SortedSet", "java.util.NavigableSet", "java.util.EnumSet", "java.util.Queue",
            "java.util.Deque", "java.util.ArrayDeque", "java.util.Iterator", "java.util.Comparator",
            "java.util.Arrays", "java.util.Objects", "java.util.Optional", "java.util.OptionalInt",
            "java.util.OptionalLong", "java.util.OptionalDouble",
            // the project's helpers for periods, money and messages
            "kr.policy.checker.calendar.Convention", "kr.policy.checker.calendar.PeriodCalculator",
            "kr.policy.checker.calendar.Period", "kr.policy.checker.calendar.SkippedDay",
            "kr.policy.checker.calendar.Holiday", "kr.policy.checker.calendar.HolidayKind",
            "kr.policy.checker.engine.CaseContext", "kr.policy.checker.engine.FailedCriterion",
            "kr.policy.checker.engine.MissingFact", "kr.policy.checker.text.KoreanWon",
            "kr.policy.checker.domain.Eligibility");

    /**
     * Methods refused on any receiver: each reaches reflection, class loading, the process, the system or the clock
     * from an allowed type ({@code "".getClass()}, {@code LocalDate.now()}), where naming the type alone would not
     * show it.
     */
    private static final Set<String> METHODS = Set.of(
            "getClass", "getClassLoader", "getContextClassLoader", "forName", "getMethod", "getMethods",
            "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField",
            "getDeclaredFields", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "invoke", "invokeExact", "invokeWithArguments", "newInstance",
            "setAccessible", "loadClass", "defineClass", "getResource", "getResourceAsStream", "getResources",
            "exec", "exit", "halt", "getRuntime", "getenv", "getProperty", "getProperties", "setProperty",
            "clearProperty", "load", "loadLibrary", "wait", "notify", "notifyAll", "finalize", "parallel",
            "parallelStream", "now", "describeConstable");

    /** Names that reach the rule engine's own session from a consequence. */
    private static final Set<String> ENGINE_VARIABLES = Set.of("drools", "kcontext");

    private RuleCodeAllowlist() {
    }

    static boolean allowsType(Class<?> type) {
        Class<?> outer = outermost(type);
        if (outer.isPrimitive()) {
            return true;
        }
        String name = outer.getName();
        String pkg = outer.getPackageName();
        if (TYPES.contains(name) || PACKAGES.contains(pkg)) {
            return true;
        }
        return pkg.startsWith(DOMAIN_PACKAGES) && !DomainSpec.class.isAssignableFrom(outer);
    }

    /** The top-level class of a type (of an array's elements), which decides for the types nested in it. */
    static Class<?> outermost(Class<?> type) {
        Class<?> outer = type;
        while (outer.isArray()) {
            outer = outer.getComponentType();
        }
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }

    /** Whether a wildcard import of this package names only allowed types. */
    static boolean allowsPackage(String pkg) {
        return PACKAGES.contains(pkg);
    }

    static boolean refusesMethod(String name) {
        return METHODS.contains(name);
    }

    static boolean refusesVariable(String name) {
        return ENGINE_VARIABLES.contains(name);
    }
}
