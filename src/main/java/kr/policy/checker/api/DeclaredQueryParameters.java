package kr.policy.checker.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.text.Language;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An API call may send only the query parameters its operation declares, each once: a parameter the operation does
 * not know (a filter of the other register, a misspelling) is a 400 naming it, never a silently unfiltered answer,
 * a repeated one is a 400 rather than its first value taken, and an empty one ({@code ?page=}, which the framework
 * would pass on as absent) is a 400 rather than the default. The names come from the resource method's
 * {@code @QueryParam}s, read once per method.
 */
public class DeclaredQueryParameters {
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        MultivaluedMap<String, String> given = request.getUriInfo().getQueryParameters();
        if (given.isEmpty()) {
            return;
        }
        Method method = resource.getResourceMethod();
        Set<String> declared = method == null ? Set.of() : DECLARED.computeIfAbsent(method,
                DeclaredQueryParameters::declaredBy);
        Language language = null;
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : given.entrySet()) {
            String problem = !declared.contains(p.getKey()) ? "field.unknownParameter"
                    : p.getValue().size() > 1 ? "field.repeatedParameter"
                    : p.getValue().get(0).isEmpty() ? "field.emptyParameter" : null;
            if (problem != null) {
                language = language != null ? language
                        : Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
                if (problem.equals("field.unknownParameter") && declared.isEmpty()) {
                    problem = "field.noParameters";
                }
                errors.add(new FieldError(p.getKey(), ServiceMessages.get(language, problem,
                        String.join(", ", declared.stream().sorted().toList()))));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, errors);
        }
    }

    private static Set<String> declaredBy(Method method) {
        Set<String> names = new java.util.HashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof RestQuery q && !q.value().isEmpty()) {
                    names.add(q.value());
                }
            }
        }
        return Set.copyOf(names);
    }
}
