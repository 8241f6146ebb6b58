package kr.policy.checker.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.engine.DomainSpec;
import kr.policy.checker.examples.Example;

/**
 * The cases every benchmark runs: one example file per domain from examples/, read into the domain's case type the
 * way the service reads them. The same files drive the HTTP runs, so in-process and HTTP figures are for one case.
 */
public final class BenchCases {
    /** "Today" for cases that name no asOf; the benchmark cases all name their own. */
    public static final LocalDate TODAY = LocalDate.parse("2024-05-10");

    /** Domain → example file (without .json): a case that takes each domain's longest ordinary path. */
    public static final Map<String, String> CHOSEN = Map.of(
            "permit-timeout", "01-deemed-processed-plan-missing",
            "regulation-review", "07-extension-30-days",
            "reshoring-subsidy", "01-cap-capital-region-from-2024-08-30",
            "export-voucher", "09-share-70-percent-below-10-billion");

    public static final List<String> DOMAINS = List.of("permit-timeout", "regulation-review", "reshoring-subsidy",
            "export-voucher");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BenchCases() {
    }

    /** The chosen example of a domain. */
    public static Example example(String domain) {
        String name = CHOSEN.get(domain);
        return Example.all().stream().filter(e -> e.domain().equals(domain) && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("examples/" + domain + "/" + name + ".json is missing"));
    }

    /** The chosen example's input as the domain's case record. */
    public static Object input(String domain) {
        return read(domain, example(domain).input());
    }

    /** Any example input as the domain's case record. */
    public static Object read(String domain, JsonNode input) {
        DomainSpec<?, ?> spec = Domains.all().stream().filter(s -> s.name().equals(domain)).findFirst().orElseThrow();
        try {
            return JSON.treeToValue(input, spec.caseType());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read a " + domain + " case: " + e.getMessage(), e);
        }
    }
}
