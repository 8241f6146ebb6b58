package kr.policy.checker.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The readable properties of a fact class (record components or bean getters), looked up once per class so that
 * message placeholders are resolved without reflection scans on the request path.
 */
public final class FactProperties {
    private static final ClassValue<FactProperties> CACHE = new ClassValue<>() {
        @Override
        protected FactProperties computeValue(Class<?> type) {
            return new FactProperties(type);
        }
    };

    private final Map<String, MethodHandle> readers;

    private FactProperties(Class<?> type) {
        Map<String, MethodHandle> found = new LinkedHashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    found.put(c.getName(), lookup.unreflect(c.getAccessor()));
                }
            }
            for (Method m : type.getMethods()) {
                String property = beanProperty(m);
                if (property != null && !found.containsKey(property)) {
                    found.put(property, lookup.unreflect(m));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("fact class " + type.getName() + " must be public", e);
        }
        this.readers = Collections.unmodifiableMap(found);
    }

    /** The value of one property of a fact (a result field for a page, say), or null when it has none. */
    public static Object value(Object fact, String property) {
        return of(fact.getClass()).read(fact, property);
    }

    public static FactProperties of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The declared type of a property, or null when there is none of that name. */
    public Class<?> type(String property) {
        MethodHandle h = readers.get(property);
        return h == null ? null : h.type().returnType();
    }

    public boolean has(String property) {
        return readers.containsKey(property);
    }

    Object read(Object fact, String property) {
        MethodHandle h = readers.get(property);
        if (h == null) {
            return null;
        }
        try {
            return h.invoke(fact);
        } catch (Throwable e) {
            throw new IllegalStateException("reading " + property + " of " + fact.getClass().getSimpleName(), e);
        }
    }

    private static String beanProperty(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3) {
            return Character.toLowerCase(n.charAt(3)) + n.substring(4);
        }
        if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
            return Character.toLowerCase(n.charAt(2)) + n.substring(3);
        }
        return null;
    }
}
