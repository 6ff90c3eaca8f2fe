package org.labjudge.protocol;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The blobs a {@link RunRequest} references by hash (tests' inputs and answers, the validator's files), and the request
 * with their text in place: what a node does with the blobs of its store, and what a client does for a node without
 * one.
 */
public final class BlobReferences {
    private BlobReferences() {
    }

    /** Every hash {@code request} references, in request order, each once. */
    public static Set<String> of(RunRequest request) {
        Set<String> hashes = new LinkedHashSet<>();
        for (TestCase test : request.tests()) {
            addIfGiven(hashes, test.inputHash());
            addIfGiven(hashes, test.expectedHash());
        }
        if (request.validator() != null) {
            request.validator().files().forEach(f -> addIfGiven(hashes, f.hash()));
        }
        return hashes;
    }

    /** {@code request} with the text {@code textOf} gives each hash in its place. */
    public static RunRequest inline(RunRequest request, UnaryOperator<String> textOf) {
        List<TestCase> tests = request.tests().stream().map(t -> t.inputHash() == null && t.expectedHash() == null ? t
                : t.withText(t.inputHash() == null ? t.input() : textOf.apply(t.inputHash()),
                        t.expectedHash() == null ? t.expected() : textOf.apply(t.expectedHash()))).toList();
        RunRequest inlined = request.withTests(tests);
        ValidatorSpec validator = request.validator();
        if (validator != null && validator.files().stream().anyMatch(f -> f.hash() != null)) {
            inlined = inlined.withValidator(validator.withFiles(validator.files().stream()
                    .map(f -> f.hash() == null ? f : new SourceFile(f.name(), textOf.apply(f.hash()))).toList()));
        }
        return inlined;
    }

    private static void addIfGiven(Set<String> hashes, String hash) {
        if (hash != null) {
            hashes.add(hash);
        }
    }
}
