package org.labjudge.node.judge.validate;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link #SCRIPT}, the shell wrapper a validator runs under, reports on its stdout: the validator's exit
 * code, then each feedback file it wrote, as {@code file NAME SIZE\n} followed by at most {@code cap} of its
 * bytes (a multi-pass validator's {@code nextpass.in}: at most {@code nextCap}) and a newline. The wrapper empties
 * the feedback directory before each test (later passes of a multi-pass test keep it, less {@code nextpass.in}),
 * so nothing of an earlier test is read. A batch validator's own stdout goes nowhere; an interactive one's goes to
 * the program, and the wrapper adds {@code file first} saying who ended first ({@code validator} or
 * {@code program}, by the program's {@link InteractiveWiring locks}). As in the format's reference runner
 * (problemtools), an interactive validator ignores SIGPIPE (a program that ends early, its answer given, is no
 * validator crash), and the wrapper holds the far ends of both pipes until it knows who ended first: a writer
 * on the program's stdin, so a program does not read end of file (and die of it) the moment the validator
 * exits, and a reader on its stdout, so it is not killed by SIGPIPE then either; after an accepting validator
 * the reader stays until the program ends. {@code largestFile} is the size
 * of the largest file written, kept or not.
 */
record FeedbackReport(int exitCode, Map<String, String> files, long largestFile) {

    /** The wrapper's name in the validator's work dir. */
    static final String WRAPPER = "lj-validate.sh";
    /** The feedback files read back, the validator's stderr among them. */
    static final String STDERR = "stderr";
    /** A multi-pass validator's input for the next pass. */
    static final String NEXT_PASS = "nextpass.in";
    /** Who ended first in an interactive pass: {@link #VALIDATOR} or {@code program}. */
    static final String FIRST = "first";
    static final String VALIDATOR = "validator";

    /**
     * {@code sh lj-validate.sh CAP NEXTCAP fresh|keep batch|interactive validator input answer feedback/ [flags]};
     * NEXTCAP 0 reads no {@code nextpass.in}.
     */
    static final String SCRIPT = """
            cap=$1; nextcap=$2; fresh=$3; io=$4; shift 4
            if [ "$fresh" = fresh ]; then
              rm -rf feedback validator.stderr && mkdir feedback || exit 97
            else
              rm -f feedback/nextpass.in validator.stderr || exit 97
            fi
            first=
            if [ "$io" = interactive ]; then
              exec 7<>%2$s 5<%2$s 7>&- 7<>%1$s 6>%1$s 7>&-
              trap '' PIPE
              "$@" >%1$s <%2$s 2>validator.stderr
              code=$?
              trap - PIPE
              exec 3<>%3$s
              first=validator
              if flock -n 6 || flock -n 3; then first=program; fi
              exec 6>&-
              if [ "$code" -eq 42 ]; then flock 3; fi
              exec 3<&- 5<&-
            else
              "$@" >/dev/null 2>validator.stderr
              code=$?
            fi
            printf 'exit %%d\\n' "$code"
            for f in judgemessage.txt teammessage.txt score.txt; do
              if [ -f "feedback/$f" ]; then
                printf 'file %%s %%d\\n' "$f" "$(wc -c < "feedback/$f")"; head -c "$cap" "feedback/$f"; echo
              fi
            done
            if [ "$nextcap" -gt 0 ] && [ -f feedback/nextpass.in ]; then
              printf 'file nextpass.in %%d\\n' "$(wc -c < feedback/nextpass.in)"; head -c "$nextcap" feedback/nextpass.in; echo
            fi
            if [ -n "$first" ]; then printf 'file first %%d\\n%%s\\n' "${#first}" "$first"; fi
            printf 'file stderr %%d\\n' "$(wc -c < validator.stderr)"; head -c "$cap" validator.stderr; echo
            """.formatted(InteractiveWiring.TO_PROGRAM, InteractiveWiring.FROM_PROGRAM, InteractiveWiring.LOCK);

    /** The report in {@code stdout}, or empty when it is not one (the wrapper was cut short). */
    static Optional<FeedbackReport> parse(byte[] stdout, int cap) {
        return parse(stdout, cap, cap);
    }

    /** The report in {@code stdout}, its {@code nextpass.in} read up to {@code nextCap}; empty when it is not one. */
    static Optional<FeedbackReport> parse(byte[] stdout, int cap, int nextCap) {
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
            int fileCap = parts[1].equals(NEXT_PASS) ? nextCap : cap;
            int length = (int) Math.min(size, fileCap);
            if (at[0] + length + 1 > stdout.length) {
                return Optional.empty();
            }
            String text = new String(stdout, at[0], length, StandardCharsets.UTF_8);
            files.put(parts[1], size > fileCap ? text + "\n[... " + (size - fileCap) + " more bytes not kept]" : text);
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

    /** A feedback file's bytes as text, {@code null} only when the validator wrote none (an empty file is ""). */
    String rawFile(String name) {
        return files.get(name);
    }

    /** A feedback file's text, {@code null} when the validator wrote none or left it empty. */
    String file(String name) {
        String text = files.get(name);
        return text == null || text.isBlank() ? null : text;
    }
}
