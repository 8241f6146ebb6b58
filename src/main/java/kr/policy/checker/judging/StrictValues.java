package kr.policy.checker.judging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * The service's one reading of JSON values, applied to the application's ObjectMapper (and so to every copy of it,
 * {@link CaseReader}'s included): a date is {@code YYYY-MM-DD} only; a number is never read from a string nor a whole
 * number from a fraction; a boolean is never read from a string or a number; an enum value is read as written (no
 * space trimmed off), and an empty string is no date and no enum value; text is read only from a JSON string,
 * without control characters or lone surrogates.
 */
@Singleton
public class StrictValues implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same rules on a mapper the container did not make (tools, tests). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-values")
                .addDeserializer(LocalDate.class, new StrictDateDeserializer())
                .addDeserializer(String.class, new StrictTextDeserializer())
                .setDeserializerModifier(new StrictEnums()));
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        // a number is no boolean (Jackson reads 12 as true)
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        for (LogicalType t : List.of(LogicalType.DateTime, LogicalType.Enum)) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return mapper;
    }

    @Override
    public int priority() {
        // after Quarkus' own customizers (which register the java.time module), so that this date reader wins
        return MINIMUM_PRIORITY;
    }
}
