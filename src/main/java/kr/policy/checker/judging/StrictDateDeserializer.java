package kr.policy.checker.judging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import kr.policy.checker.calendar.CalendarDates;

/**
 * A JSON date as {@link CalendarDates} reads it, in place of Jackson's own, which takes a date-time for a date (and
 * cuts it to its UTC day: already the next day in Seoul at 15:00Z), a five-digit year or an array of numbers.
 */
final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {
    StrictDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        LocalDate date = CalendarDates.parseOrNull(text);
        if (date == null) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a calendar date");
        }
        return date;
    }
}
