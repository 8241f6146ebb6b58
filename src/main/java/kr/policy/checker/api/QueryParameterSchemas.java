package kr.policy.checker.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.register.RegisterKind;
import kr.policy.checker.security.SecurityAction;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The API document's query parameters as the service reads them (the resources take them as text to answer a bad one
 * with a problem naming it, so the scanner sees only strings): dates, integers with their bounds, enumerations with
 * their values, booleans. A register lists only its own key-date filter; the other is refused (400), not ignored.
 * Each name means the same everywhere, which {@code DeclaredQueryParameters} and the fuzz suite hold the service to.
 */
final class QueryParameterSchemas {
    /** The largest page the list operations answer. */
    static final int MAX_PAGE_SIZE = 200;
    /** ?q= on a register: the longest search text. */
    static final int MAX_SEARCH = CaseRegisterResource.MAX_SEARCH;

    /** The parameters an operation cannot do without (a 400 names each one missing). */
    private static final java.util.Map<String, java.util.Set<String>> REQUIRED = java.util.Map.of(
            "/api/v1/calendar/deadline", java.util.Set.of("start", "days"),
            "/api/v1/calendar/holidays", java.util.Set.of("year"),
            "/api/v1/rulesets/diff", java.util.Set.of("from", "to"));

    private QueryParameterSchemas() {
    }

    static void apply(OpenAPI api) {
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (op.getParameters() == null) {
                return;
            }
            RegisterKind register = registerOf(path);
            op.setParameters(op.getParameters().stream()
                    .filter(p -> p.getIn() != Parameter.In.QUERY || register == null
                            || !p.getName().equals(otherFilter(register)))
                    .peek(p -> {
                        if (p.getIn() == Parameter.In.PATH && p.getName().equals("version")) {
                            p.schema(text(71).pattern("^sha256:[0-9a-f]{64}$"));
                        } else if (p.getIn() == Parameter.In.PATH && p.getName().equals("path")) {
                            p.schema(text(500).description("a file's path under rules/"));
                        }
                        if (p.getIn() == Parameter.In.QUERY) {
                            Schema s = schema(p.getName(), register);
                            if (s != null) {
                                p.schema(s);
                            }
                            if (REQUIRED.getOrDefault(path, java.util.Set.of()).contains(p.getName())) {
                                p.required(true);
                            }
                        }
                    }).toList());
        }));
    }

    private static Schema schema(String name, RegisterKind register) {
        return switch (name) {
            case "page" -> integer(0, 1_000_000).description("0-based page");
            case "size" -> integer(1, MAX_PAGE_SIZE).description("items per page (default 50)");
            case "asOf", "deemedBefore", "dueBefore", "start" -> date();
            case "days" -> integer(1, kr.policy.checker.evaluation.DeadlineService.MAX_DAYS);
            case "year" -> integer(1, 9999).description("a year the holiday calendar covers");
            case "convention" -> enumeration(Arrays.stream(Convention.values()).map(Enum::name).toList());
            case "action" -> enumeration(Arrays.stream(SecurityAction.values()).map(Enum::name).toList());
            case "domain" -> enumeration(Domains.all().stream().map(Domain::name).toList());
            case "outcome" -> register == null ? null : enumeration(Arrays.stream(
                    Domains.named(register.domain()).orElseThrow().outcomeType().getEnumConstants())
                    .map(Enum::name).toList());
            case "changed", "dryRun" -> OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN));
            case "from", "to" -> text(71).pattern("^sha256:[0-9a-f]{64}$");
            case "q" -> text(MAX_SEARCH);
            case "externalReference" -> text(kr.policy.checker.register.CaseRegister.MAX_REFERENCE).minLength(1)
                    .description("the partner's own reference: the case that carries it (contract §17)");
            default -> null;
        };
    }

    /** The register a list path belongs to; null for any other path. */
    private static RegisterKind registerOf(String path) {
        return switch (path) {
            case "/api/v1/permit-cases" -> RegisterKind.PERMIT_CASES;
            case "/api/v1/regulation-reviews" -> RegisterKind.REGULATION_REVIEWS;
            default -> null;
        };
    }

    private static String otherFilter(RegisterKind register) {
        return register.keyDateFilter().equals("deemedBefore") ? "dueBefore" : "deemedBefore";
    }

    private static Schema integer(long min, long max) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                .minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
    }

    private static Schema date() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("date")
                .description("YYYY-MM-DD, year 0001-9999");
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(maxLength);
    }

    private static Schema enumeration(List<String> values) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .enumeration(values.stream().map(v -> (Object) v).toList());
    }
}
