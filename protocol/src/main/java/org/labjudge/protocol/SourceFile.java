package org.labjudge.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * An extra file placed next to the main source in the sandbox's work directory (an entry of
 * {@code RunRequest.files}). {@code name} is required; the node decides which names it accepts.
 * A missing {@code content} means an empty file. {@code hash} ({@code null} when left out), used by a validator's
 * files, names the content by the {@link BlobHash} of a blob in the node's store in place of the text; the content is
 * then left out (empty).
 */
public record SourceFile(String name, String content, String hash) {
    public SourceFile {
        Checks.requiredText("name", name);
        content = content == null ? "" : content;
    }

    public SourceFile(String name, String content) {
        this(name, content, null);
    }

    /** This file named by the blob {@code newHash} in place of its content. */
    public SourceFile byHash(String newHash) {
        return new SourceFile(name, "", newHash);
    }

    /** The value problems of its hash; empty when none. */
    public List<String> problems(String where) {
        if (hash == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (!BlobHash.isValid(hash)) {
            problems.add(where + " '" + name + "': hash must be a SHA-256 in 64 lowercase hex digits, got \"" + hash + "\"");
        }
        if (!content.isEmpty()) {
            problems.add(where + " '" + name + "': give content or hash, not both");
        }
        return problems;
    }
}
