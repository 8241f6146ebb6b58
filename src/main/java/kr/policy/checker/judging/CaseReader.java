package kr.policy.checker.judging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import kr.policy.checker.domain.region.UnknownRegionException;
import kr.policy.checker.text.Language;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;

/**
 * Turns request JSON into validated input records. Strict on purpose: an unknown field, a number for an enum, a
 * string for a number or an impossible date is a 400 naming the field, never a silent guess.
 */
@ApplicationScoped
public class CaseReader {
    private final ObjectMapper strict;
    private final Validator validator;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    @Inject
    public CaseReader(ObjectMapper mapper, Validator validator) {
        this.validator = validator;
        this.strict = StrictValues.apply(mapper.copy())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        strict.getFactory().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Checks a batch body without building it: well-formed JSON (no duplicate keys, nothing after it) holding
     * {@code {"cases": [...]}} and nothing else. Returns the number of cases. Nothing is kept, so a batch of any size
     * costs no memory here; the cases are then read one at a time by {@link #batchCases}.
     */
    public int batchSize(byte[] body, Language language) {
        try (JsonParser parser = strict.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw casesArray(language);
            }
            int cases = -1;
            String unknown = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!name.equals("cases")) {
                    unknown = unknown == null ? name : unknown;
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw casesArray(language);
                }
                cases = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                    cases++;
                }
            }
            if (parser.nextToken() != null) {
                throw ProblemException.of(ProblemType.MALFORMED_JSON, "detail.malformed", "trailing content");
            }
            if (cases < 0) {
                throw casesArray(language);
            }
            if (unknown != null) {
                throw ProblemException.fields(ProblemType.INVALID_INPUT,
                        List.of(new FieldError(unknown, ServiceMessages.get(language, "field.unknown"))));
            }
            return cases;
        } catch (JsonProcessingException e) {
            throw ProblemException.of(ProblemType.MALFORMED_JSON, "detail.malformed", e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ProblemException.of(ProblemType.MALFORMED_JSON, "detail.malformed", e.getMessage());
        }
    }

    /** The cases of a body {@link #batchSize} accepted, as trees, one at a time. */
    public Iterator<JsonNode> batchCases(byte[] body) {
        // one case of many: what follows it is the next case, not trailing content
        ObjectReader caseTree = strict.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            JsonParser parser = strict.getFactory().createParser(body);
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME && !parser.currentName().equals("cases")) {
                parser.nextToken();
                parser.skipChildren();
            }
            parser.nextToken();
            return new Iterator<>() {
                private JsonToken next = parser.nextToken();

                @Override
                public boolean hasNext() {
                    return next != JsonToken.END_ARRAY;
                }

                @Override
                public JsonNode next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    try {
                        JsonNode node = caseTree.readTree(parser);
                        next = parser.nextToken();
                        if (next == JsonToken.END_ARRAY) {
                            parser.close();
                        }
                        return node;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ProblemException casesArray(Language language) {
        return ProblemException.fields(ProblemType.INVALID_INPUT,
                List.of(new FieldError("cases", ServiceMessages.get(language, "field.casesArray"))));
    }

    /** Parses a request body; malformed JSON is a 400. */
    public JsonNode tree(byte[] body) {
        try {
            JsonNode node = strict.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ProblemException.of(ProblemType.MALFORMED_JSON, "detail.notObject");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProblemException.of(ProblemType.MALFORMED_JSON, "detail.malformed", e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ProblemException.of(ProblemType.MALFORMED_JSON, "detail.malformed", e.getMessage());
        }
    }

    private static final ClassValue<java.util.Set<String>> FIELD_NAMES = new ClassValue<>() {
        @Override
        protected java.util.Set<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    /** The JSON fields an input record reads (its components), looked up once per type. */
    public static java.util.Set<String> fieldNames(Class<?> inputType) {
        return FIELD_NAMES.get(inputType);
    }

    /** Reads one case object into its input type and validates it; errors name the fields. */
    public <C> C read(JsonNode node, Class<C> type, Language language) {
        if (!node.isObject()) {
            throw ProblemException.of(ProblemType.INVALID_INPUT, "detail.notObject");
        }
        C input;
        try {
            input = readers.computeIfAbsent(type, strict::readerFor).treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, List.of(fieldError(e, language)));
        }
        List<FieldError> errors = validator.validate(input).stream()
                .map(v -> new FieldError(fieldPath(v.getPropertyPath()), constraintMessage(v, language)))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, errors);
        }
        return input;
    }

    /**
     * A violation's field as the caller wrote it: {@code investments[0].amountKrw}, {@code events[1]} (Bean
     * Validation names a list's element {@code <list element>}, which no caller sends).
     */
    private static String fieldPath(jakarta.validation.Path path) {
        StringBuilder out = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            // a node's index is its place in the container before it: investments[0].amountKrw
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                out.append('.').append(node.getKey());
            }
            if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }

    private static FieldError fieldError(JsonProcessingException e, Language language) {
        String field = e instanceof JsonMappingException m ? path(m) : "";
        if (rootCause(e) instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
            return new FieldError(field, ServiceMessages.get(language, "field.numberRange"));
        }
        if (rootCause(e) instanceof UnknownRegionException) {
            return new FieldError(field, ServiceMessages.get(language, "field.badRegion"));
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, ServiceMessages.get(language, "field.unknown"));
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            String value = String.valueOf(f.getValue());
            if (target != null && target.isEnum()) {
                return new FieldError(field, ServiceMessages.get(language, "field.badEnum", enumValues(target), value));
            }
            if (target == LocalDate.class) {
                return new FieldError(field, ServiceMessages.get(language, "field.badDate", value));
            }
            if (target == String.class) {
                return new FieldError(field, ServiceMessages.get(language, "field.badText"));
            }
            return new FieldError(field, ServiceMessages.get(language, "field.badType", typeName(target, language)));
        }
        if (e instanceof MismatchedInputException m) {
            return new FieldError(field, ServiceMessages.get(language, "field.badType",
                    typeName(m.getTargetType(), language)));
        }
        return new FieldError(field, e.getOriginalMessage());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String typeName(Class<?> type, Language language) {
        String key;
        if (type == null) {
            key = "field.type.object";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            key = "field.type.integer";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            key = "field.type.number";
        } else if (type == Boolean.class || type == boolean.class) {
            key = "field.type.boolean";
        } else if (type == String.class) {
            key = "field.type.string";
        } else if (type == LocalDate.class) {
            key = "field.type.date";
        } else if (type.isEnum()) {
            return enumValues(type);
        } else if (List.class.isAssignableFrom(type)) {
            key = "field.type.array";
        } else {
            key = "field.type.object";
        }
        return ServiceMessages.get(language, key);
    }

    private static String constraintMessage(ConstraintViolation<?> v, Language language) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        if (a instanceof NotNull || a instanceof NotBlank || a instanceof jakarta.validation.constraints.NotEmpty) {
            return ServiceMessages.get(language, "field.required");
        }
        if (a instanceof PositiveOrZero) {
            return ServiceMessages.get(language, "field.notNegative");
        }
        if (a instanceof Max max) {
            return ServiceMessages.get(language, "field.max", String.valueOf(max.value()));
        }
        if (a instanceof Min min) {
            return ServiceMessages.get(language, "field.min", String.valueOf(min.value()));
        }
        if (a instanceof Size size) {
            return size.min() > 0 && v.getInvalidValue() instanceof CharSequence text && text.length() < size.min()
                    ? ServiceMessages.get(language, "field.minLength", String.valueOf(size.min()))
                    : ServiceMessages.get(language, "field.maxLength", String.valueOf(size.max()));
        }
        if (a instanceof DecimalMax max) {
            return ServiceMessages.get(language, "field.max", max.value());
        }
        if (a instanceof DecimalMin min) {
            return ServiceMessages.get(language, "field.min", min.value());
        }
        // constraints that name their own message key (e.g. @Pattern(message = "field.ksic"))
        return ServiceMessages.get(language, v.getMessageTemplate());
    }
}
