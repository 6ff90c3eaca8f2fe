package org.labjudge.node.judge.validate;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link #SCRIPT}, the shell wrapper a validator runs under, reports on its stdout: the validator's exit
 * code, then each feedback file it wrote, as {@code file NAME SIZE\n} followed by at most {@code cap} of its
 * bytes and a newline. The wrapper empties the feedback directory before each test, so nothing of an earlier
 * test is read, and sends the validator's own stdout nowhere (it means nothing outside interactive problems).
 * {@code largestFile} is the size of the largest file written, kept or not.
 */
record FeedbackReport(int exitCode, Map<String, String> files, long largestFile) {

    /** The wrapper's name in the validator's work dir. */
    static final String WRAPPER = "lj-validate.sh";
    /** The feedback files read back, the validator's stderr among them. */
    static final String STDERR = "stderr";

    /** {@code sh lj-validate.sh CAP validator input answer feedback/ [flags]}. */
    static final String SCRIPT = """
            cap=$1; shift
            rm -rf feedback validator.stderr && mkdir feedback || exit 97
            "$@" >/dev/null 2>validator.stderr
            printf 'exit %d\\n' "$?"
            for f in judgemessage.txt teammessage.txt score.txt; do
              if [ -f "feedback/$f" ]; then
                printf 'file %s %d\\n' "$f" "$(wc -c < "feedback/$f")"; head -c "$cap" "feedback/$f"; echo
              fi
            done
            printf 'file stderr %d\\n' "$(wc -c < validator.stderr)"; head -c "$cap" validator.stderr; echo
            """;

    /** The report in {@code stdout}, or empty when it is not one (the wrapper was cut short). */
    static Optional<FeedbackReport> parse(byte[] stdout, int cap) {
        int[] at = {0};
        Optional<String> first = line(stdout, at);
        if (first.isEmpty() || !first.get().startsWith("exit ")) {
            return Optional.empty();
        }
        int exit;
        try {
            exit = Integer.parseInt(first.get().substring(5).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Map<String, String> files = new HashMap<>();
        long largest = 0;
        while (at[0] < stdout.length) {
            Optional<String> header = line(stdout, at);
            String[] parts = header.orElse("").split(" ");
            if (parts.length != 3 || !parts[0].equals("file")) {
                return Optional.empty();
            }
            long size;
            try {
                size = Long.parseLong(parts[2].strip());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            largest = Math.max(largest, size);
            int length = (int) Math.min(size, cap);
            if (at[0] + length + 1 > stdout.length) {
                return Optional.empty();
            }
            String text = new String(stdout, at[0], length, StandardCharsets.UTF_8);
            files.put(parts[1], size > cap ? text + "\n[... " + (size - cap) + " more bytes not kept]" : text);
            at[0] += length + 1;
        }
        return Optional.of(new FeedbackReport(exit, Map.copyOf(files), largest));
    }

    private static Optional<String> line(byte[] bytes, int[] at) {
        for (int i = at[0]; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String text = new String(bytes, at[0], i - at[0], StandardCharsets.UTF_8);
                at[0] = i + 1;
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** A feedback file's text, {@code null} when the validator wrote none or left it empty. */
    String file(String name) {
        String text = files.get(name);
        return text == null || text.isBlank() ? null : text;
    }
}
