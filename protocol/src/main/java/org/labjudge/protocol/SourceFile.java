package org.labjudge.protocol;

/**
 * An extra file placed next to the main source in the sandbox's work directory (an entry of
 * {@code RunRequest.files}). {@code name} is required; the node decides which names it accepts.
 * A missing {@code content} means an empty file.
 */
public record SourceFile(String name, String content) {
    public SourceFile {
        Checks.requiredText("name", name);
        content = content == null ? "" : content;
    }
}
