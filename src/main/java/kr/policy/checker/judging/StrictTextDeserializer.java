package kr.policy.checker.judging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * A JSON string as text, and nothing else as text: Jackson's own reader turns a number or a boolean into a string
 * ({@code "title": 5} became "5"). Text with a control character other than tab, line feed and carriage return, or
 * with half of a surrogate pair, is refused too: PostgreSQL cannot store U+0000, and an unpaired surrogate would be
 * written as "?".
 */
final class StrictTextDeserializer extends StdScalarDeserializer<String> {
    StrictTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        if (!isPlainText(text)) {
            return (String) context.handleWeirdStringValue(String.class, text, "control character or lone surrogate");
        }
        return text;
    }

    /** No C0 control but tab, LF and CR; no DEL; every surrogate in a pair. */
    static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
