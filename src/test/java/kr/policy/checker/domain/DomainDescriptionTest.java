package kr.policy.checker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.policy.checker.domain.region.Sido;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What each domain declares for the adapters is true of its own types: the pages and the API document are built from
 * it without naming a domain, so a wrong field name here would reach people unseen.
 */
class DomainDescriptionTest {
    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void namesAreUniqueAndEachHasItsFolders() {
        Set<String> names = new HashSet<>();
        for (Domain<?, ?> d : Domains.all()) {
            assertTrue(names.add(d.name()), "twice: " + d.name());
            assertTrue(Files.isDirectory(Path.of("rules", d.name())), "rules/" + d.name());
            assertTrue(Files.isDirectory(Path.of("examples", d.name())), "examples/" + d.name());
            assertEquals(d, Domains.named(d.name()).orElseThrow());
        }
        assertTrue(Domains.named("no-such-domain").isEmpty());
        assertEquals(Domains.all().stream().filter(Domain::selfCheck).toList(), Domains.selfChecks());
    }

    @TestFactory
    Iterable<DynamicTest> eachDomainDescribesItsOwnTypes() {
        return Domains.all().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
            examplesReadAsTheInput(d);
            questionsAreInputFieldsOfTheirKind(d);
            headlineFieldsAreResultFields(d);
            deadlinesAreDatesOfTheirTypes(d);
        })).toList();
    }

    private static void examplesReadAsTheInput(Domain<?, ?> d) throws Exception {
        assertNotNull(STRICT.readValue(d.exampleCase(), d.caseType()));
        if (d.exampleAnswer() != null) {
            JsonNode answer = STRICT.readTree(d.exampleAnswer());
            assertEquals(d.name(), answer.path("domain").asText());
            Set<String> outcomes = Arrays.stream(d.outcomeType().getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toSet());
            assertTrue(outcomes.contains(answer.path("outcome").asText()), answer.path("outcome").asText());
        }
    }

    private static void questionsAreInputFieldsOfTheirKind(Domain<?, ?> d) {
        Map<String, Class<?>> fields = Arrays.stream(d.caseType().getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
        assertFalse(d.questions().isEmpty(), d.name() + " asks nothing");
        Set<String> asked = new HashSet<>();
        for (Question q : d.questions()) {
            assertTrue(asked.add(q.name()), "asked twice: " + q.name());
            Class<?> type = fields.get(q.name());
            assertNotNull(type, d.name() + " has no input field " + q.name());
            Function<Class<?>, Boolean> fits = switch (q.kind()) {
                case TEXT -> t -> t == String.class;
                case NUMBER -> Number.class::isAssignableFrom;
                case DATE -> t -> t == LocalDate.class;
                case YES_NO -> t -> t == Boolean.class;
                case REGION -> t -> t == Sido.class;
                case CHOICE -> t -> t == q.choices();
                case AMOUNTS -> t -> List.class.isAssignableFrom(t) && amountsElementFits(d, q);
            };
            assertTrue(fits.apply(type), q + " does not fit " + type.getSimpleName());
        }
    }

    /** Each deadline a page marks met or missed is a date of the answer, met by a date of the case. */
    private static void deadlinesAreDatesOfTheirTypes(Domain<?, ?> d) throws Exception {
        for (Map.Entry<String, String> e : d.deadlinesMetBy().entrySet()) {
            String getter = "get" + Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1);
            assertEquals(LocalDate.class, d.resultType().getMethod(getter).getReturnType(), e.getKey());
            assertEquals(LocalDate.class, d.caseType().getMethod(e.getValue()).getReturnType(), e.getValue());
        }
    }

    /** An AMOUNTS question's elements are records with its choice field (of its enum) and a whole-number amount. */
    private static boolean amountsElementFits(Domain<?, ?> d, Question q) {
        RecordComponent list = Arrays.stream(d.caseType().getRecordComponents())
                .filter(c -> c.getName().equals(q.name())).findFirst().orElseThrow();
        Class<?> element = (Class<?>) ((java.lang.reflect.ParameterizedType) list.getGenericType())
                .getActualTypeArguments()[0];
        Map<String, Class<?>> parts = Arrays.stream(element.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
        return parts.get(q.choiceField()) == q.choices() && parts.get(q.amountField()) == Long.class;
    }

    /**
     * A screening hands a firm's field to every incentive that has a field of that name (contract §11), so such fields
     * must mean the same thing: the same kind of answer and, for a choice, the same values.
     */
    @Test
    void fieldsOfTheSameNameMeanTheSameInEveryIncentive() {
        Map<String, Question> seen = new java.util.HashMap<>();
        Map<String, String> where = new java.util.HashMap<>();
        for (Domain<?, ?> d : Domains.incentives()) {
            for (Question q : d.questions()) {
                Question before = seen.putIfAbsent(q.name(), q);
                if (before == null) {
                    where.put(q.name(), d.name());
                    continue;
                }
                String context = q.name() + " in " + where.get(q.name()) + " and " + d.name();
                assertEquals(before.kind(), q.kind(), context);
                if (q.choices() != null) {
                    assertEquals(constants(before.choices()), constants(q.choices()), context);
                }
            }
        }
        assertTrue(where.containsKey("companySize"), "companySize is asked by an incentive");
    }

    private static List<String> constants(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static void headlineFieldsAreResultFields(Domain<?, ?> d) throws Exception {
        for (String field : d.headline()) {
            String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
            Class<?> type = d.resultType().getMethod(getter).getReturnType();
            if (!type.isEnum()) {
                // an amount is shown by its Korean display
                assertEquals(String.class, d.resultType().getMethod(getter + "Display").getReturnType(), field);
            }
        }
        if (d.selfCheck()) {
            assertFalse(d.headline().isEmpty(), d.name() + ": a self-check answer needs a headline");
        }
    }
}
