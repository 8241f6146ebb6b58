package kr.policy.checker.engine;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One file of a rule set: its path relative to the rules directory ('/' separated) and its exact bytes. The same
 * whether it was read from the directory, from the archive or from a candidate's changes.
 */
public record RuleFile(String path, byte[] content) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Whether the bytes are UTF-8 text (a rule file, messages, the calendar), not a binary such as a spreadsheet. */
    public boolean isText() {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /** The first path segment: the domain folder, or "" for a file at the top. */
    public String folder() {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleFile f && f.path.equals(path) && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return path + " (" + content.length + " bytes)";
    }
}
