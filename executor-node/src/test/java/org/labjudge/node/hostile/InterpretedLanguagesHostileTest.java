package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The fork bomb and the 4 GiB allocation of {@link ForkBombTest} and {@link MemoryHogTest}, written in each
 * language of the second wave run by an interpreter or a virtual machine (Erlang's BEAM, Node.js for TypeScript,
 * SWI-Prolog's saved state), and JavaScript, which those two classes leave out: the process cap holds a bomb that
 * never ends until its time runs out, and allocating far past the 128 MB limit is MEMORY_LIMIT_EXCEEDED. Each bomb
 * retries every refused fork, so it runs until its time is up: TIME_LIMIT_EXCEEDED.
 */
@Tag("docker")
class InterpretedLanguagesHostileTest {
    private static final Map<String, String> BOMBS = Map.ofEntries(
            Map.entry("pypy3", """
                    import os
                    while True:
                        try:
                            os.fork()
                        except OSError:
                            pass
                    """),
            Map.entry("ruby", "loop do\n  begin\n    fork\n  rescue SystemCallError\n  end\nend\n"),
            Map.entry("perl", "while (1) { fork; }\n"),
            // @: each refused fork warns on stderr, which would fill the output cap first.
            Map.entry("php", "<?php\nwhile (true) { @pcntl_fork(); }\n"),
            // Lua has no fork: each popen starts a shell, which the cap refuses as well.
            Map.entry("lua", "while true do io.popen(\"sleep 100\") end\n"),
            Map.entry("r", "repeat try(parallel::mcparallel(Sys.sleep(100)), silent = TRUE)\n"),
            Map.entry("octave", "while true\n  fork();\nend\n"),
            // Loaded when compile-file reads the program too (the syntax check), which must know the package.
            // The children sleep: a forked SBCL that goes on allocating collects garbage in its own copy of the
            // heap, and thirty of those reach the memory limit before the process cap matters.
            Map.entry("lisp", "(eval-when (:compile-toplevel :load-toplevel :execute) (require :sb-posix))\n"
                    + "(loop (when (eql 0 (ignore-errors (sb-posix:fork))) (sleep 100)))\n"),
            // Erlang and Node.js have no fork: each port or child process starts one, which the cap refuses.
            Map.entry("erlang", "-module(main).\n-export([main/0]).\n"
                    + "main() -> catch open_port({spawn, \"sleep 100\"}, []), main().\n"),
            Map.entry("javascript", "const { spawn } = require(\"child_process\");\n"
                    + "for (;;) {\n  try {\n    spawn(\"sleep\", [\"100\"]).on(\"error\", () => {});\n"
                    + "  } catch (e) {}\n}\n"),
            Map.entry("typescript", "import { spawn } from \"child_process\";\n"
                    + "for (;;) {\n  try {\n    spawn(\"sleep\", [\"100\"]).on(\"error\", () => {});\n"
                    + "  } catch (e) {}\n}\n"),
            Map.entry("prolog", ":- use_module(library(unix)).\n"
                    + "main :- repeat, catch(fork(_), _, true), fail.\n"));
    // The sizes are worked out at run time: PyPy's and Perl's compilers fold a constant expression, so the
    // syntax check itself would run out of memory (COMPILATION_ERROR).
    private static final Map<String, String> HOGS = Map.ofEntries(
            Map.entry("pypy3", "n = int(\"4\") << 30\nb = b\"x\" * n\nprint(len(b))\n"),
            Map.entry("ruby", "s = \"x\" * (4 << 30)\nputs s.size\n"),
            Map.entry("perl", "my $n = 4;\nmy $s = \"x\" x ($n << 30);\nprint length($s), \"\\n\";\n"),
            Map.entry("php", "<?php\n$s = str_repeat(\"x\", 4 << 30);\necho strlen($s), \"\\n\";\n"),
            // A Lua string holds 2 GiB at most: 256 strings of 16 MiB.
            Map.entry("lua", "local t = {}\nfor i = 1, 256 do t[i] = string.rep(\"x\", 16 << 20) end\nprint(#t)\n"),
            Map.entry("r", "x <- numeric(5e8)\ncat(length(x), \"\\n\")\n"),
            Map.entry("octave", "x = ones(1, 5e8);\nprintf(\"%d\\n\", numel(x));\n"),
            // SBCL refuses one array beyond its own heap at once, using no memory (RUNTIME_ERROR by VerdictRules):
            // 256 arrays of 16 MiB reach the sandbox's limit as the other programs do.
            Map.entry("lisp", "(let ((blocks '())) (dotimes (i 256) (push (make-array (* 16 1024 1024)\n"
                    + "  :element-type '(unsigned-byte 8) :initial-element 1) blocks)) (print (length blocks)))\n"),
            // One 4 GiB binary, copied a mebibyte at a time (a byte at a time spends the CPU limit first).
            Map.entry("erlang", "-module(main).\n-export([main/0]).\n"
                    + "main() -> B = binary:copy(binary:copy(<<1>>, 1 bsl 20), 4096),\n"
                    + "    io:format(\"~w~n\", [byte_size(B)]).\n"),
            // A Buffer holds less than 4 GiB in Node.js 18: 256 of 16 MiB, outside V8's heap, as Lua's.
            Map.entry("javascript", "const blocks = [];\n"
                    + "for (let i = 0; i < 256; i++) blocks.push(Buffer.alloc(16 << 20, 1));\n"
                    + "console.log(blocks.length);\n"),
            Map.entry("typescript", "const blocks: Buffer[] = [];\n"
                    + "for (let i = 0; i < 256; i++) blocks.push(Buffer.alloc(16 << 20, 1));\n"
                    + "console.log(blocks.length);\n"),
            // 2,000 lists of 100,000 cells, 4.8 GB of SWI-Prolog's global stack, grown a list at a time (one
            // length/2 of the whole size is refused by the stack limit before it uses any memory).
            Map.entry("prolog", "main :- grow(2000, []).\n"
                    + "grow(0, L) :- !, length(L, N), format(\"~d~n\", [N]).\n"
                    + "grow(K, L) :- length(B, 100000), K1 is K - 1, grow(K1, [B|L]).\n"));
    /**
     * {@link HostileNode#SMALL} with 6 s of wall clock: a program at its memory limit on a loaded machine waits for
     * the CPU, and the memory case must end by memory.
     */
    private static final Limits LIMITS = new Limits(1000, 6000, 128, 64, 32);
    /**
     * {@link #LIMITS} with 512 MB, for the bombs: 64 forked SBCL images share their heap copy on write, and the
     * parent's collections copy it again for each child, which reached 128 MB before the process cap mattered.
     */
    private static final Limits BOMB_LIMITS = new Limits(1000, 6000, 512, 64, 32);
    /** Killing and reaping a bomb's processes after the limit, on a loaded machine (up to 1.5 s seen at load 20). */
    private static final long REAP_MS = 2000;
    private static HostileNode node;

    @BeforeAll
    static void start() {
        node = new HostileNode(languages());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static List<String> languages() {
        return List.of("pypy3", "ruby", "perl", "php", "lua", "r", "octave", "lisp", "erlang", "javascript",
                "typescript", "prolog");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void aForkBombIsHeldByTheProcessCapUntilItsTimeRunsOut(String language) {
        TestResult test = node.runOnce(language, BOMBS.get(language), BOMB_LIMITS, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(BOMB_LIMITS.wallTimeMs() + REAP_MS);
        node.assertSurvived();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void allocatingFourGibibytesExceedsTheMemoryLimit(String language) {
        TestResult test = node.runOnce(language, HOGS.get(language), LIMITS, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(test.message()).contains("128 MB");
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(LIMITS.wallTimeMs() + REAP_MS);
        node.assertSurvived();
    }
}
