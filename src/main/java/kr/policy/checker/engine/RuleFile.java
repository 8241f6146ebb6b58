package kr.policy.checker.engine;

import java.nio.charset.StandardCharsets;

/** One file of the rules directory: its path relative to the directory ('/' separated) and its bytes. */
record RuleFile(String path, byte[] content) {

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The first path segment: the domain folder, or "" for a file at the top. */
    String folder() {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
