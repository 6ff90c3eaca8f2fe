package org.labjudge.node.hostile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;

/**
 * The fork bomb and the 4 GiB allocation of {@link InterpretedLanguagesHostileTest}, one of each per language of
 * the node's table that an interpreter or a virtual machine runs; {@link #languages()} says which those are, from
 * the table, so a language added to it has no cases until it has programs here
 * ({@code InterpretedHostileProgramsTest} fails until then).
 */
final class InterpretedHostilePrograms {
    /**
     * Python's bomb and allocation are ForkBombTest's and MemoryHogTest's, Bash's bombs ForkBombTest's (a shell
     * allocates only through the programs it starts).
     */
    static final Set<String> COVERED_ELSEWHERE = Set.of("python", "bash");
    /**
     * Compiled to {@code ./main} like a native program, but {@code swipl -c -o main} writes a saved state: a script
     * that starts SWI-Prolog's virtual machine on the program.
     */
    private static final Set<String> SAVED_STATES = Set.of("prolog");

    static final Map<String, String> BOMBS = Map.ofEntries(
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
                    + "main :- repeat, catch(fork(_), _, true), fail.\n"),
            // The JVM and Mono have no fork either: each child process is a sleep. A refused one is an IOException,
            // a refused thread (the JVM's reaper of each child) an OutOfMemoryError: both are retried.
            Map.entry("java", """
                    public class Main {
                        public static void main(String[] args) {
                            ProcessBuilder sleeper = new ProcessBuilder("sleep", "100");
                            for (;;) {
                                try {
                                    sleeper.start();
                                } catch (Throwable refused) {
                                    // retried
                                }
                            }
                        }
                    }
                    """),
            Map.entry("kotlin", """
                    fun main() {
                        val sleeper = ProcessBuilder("sleep", "100")
                        while (true) {
                            try {
                                sleeper.start()
                            } catch (refused: Throwable) {
                            }
                        }
                    }
                    """),
            Map.entry("scala", """
                    object Main:
                      def main(args: Array[String]): Unit =
                        val sleeper = new java.lang.ProcessBuilder("sleep", "100")
                        while true do
                          try sleeper.start()
                          catch case _: Throwable => ()
                    """),
            Map.entry("csharp", """
                    using System.Diagnostics;

                    public class Program
                    {
                        public static void Main()
                        {
                            var sleeper = new ProcessStartInfo("sleep", "100") { UseShellExecute = false };
                            for (;;)
                            {
                                try
                                {
                                    Process.Start(sleeper);
                                }
                                catch
                                {
                                }
                            }
                        }
                    }
                    """));
    // The sizes are worked out at run time: PyPy's and Perl's compilers fold a constant expression, so the
    // syntax check itself would run out of memory (COMPILATION_ERROR).
    static final Map<String, String> HOGS = Map.ofEntries(
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
                    + "grow(K, L) :- length(B, 100000), K1 is K - 1, grow(K1, [B|L]).\n"),
            // Arrays filled one by one, 4 GiB in all: one array of 4 GiB the JVM's heap (85% of the limit) and
            // Mono's refuse at once, using no memory (MemoryHogTest's Java case). The JVM's are of 1 MiB: of 16 MiB,
            // its heap's generations held only five or six, an OutOfMemoryError at a peak of 83 to 94 MB of the
            // 128 MB (RUNTIME_ERROR: it never came near the limit); Mono's heap takes arrays of 16 MiB to the limit.
            Map.entry("java", """
                    import java.util.ArrayList;
                    import java.util.Arrays;
                    import java.util.List;

                    public class Main {
                        public static void main(String[] args) {
                            List<byte[]> blocks = new ArrayList<>();
                            for (int i = 0; i < 4096; i++) {
                                byte[] block = new byte[1 << 20];
                                Arrays.fill(block, (byte) 1);
                                blocks.add(block);
                            }
                            System.out.println(blocks.size());
                        }
                    }
                    """),
            Map.entry("kotlin", """
                    fun main() {
                        val blocks = ArrayList<ByteArray>()
                        repeat(4096) { blocks.add(ByteArray(1 shl 20).also { it.fill(1) }) }
                        println(blocks.size)
                    }
                    """),
            Map.entry("scala", """
                    object Main:
                      def main(args: Array[String]): Unit =
                        val blocks = scala.collection.mutable.ArrayBuffer[Array[Byte]]()
                        for _ <- 0 until 4096 do
                          val block = new Array[Byte](1 << 20)
                          java.util.Arrays.fill(block, 1.toByte)
                          blocks += block
                        println(blocks.size)
                    """),
            Map.entry("csharp", """
                    using System;
                    using System.Collections.Generic;

                    public class Program
                    {
                        public static void Main()
                        {
                            var blocks = new List<byte[]>();
                            for (int i = 0; i < 256; i++)
                            {
                                var block = new byte[16 << 20];
                                for (int j = 0; j < block.Length; j += 4096)
                                {
                                    block[j] = 1;
                                }
                                blocks.Add(block);
                            }
                            Console.WriteLine(blocks.Count);
                        }
                    }
                    """));

    private InterpretedHostilePrograms() {
    }

    /**
     * The languages of the node's table an interpreter or a virtual machine runs, but those {@link
     * #COVERED_ELSEWHERE}: every one but those compiled to a native program, which the run starts itself
     * ({@code ./main}); the C and C++ cases of the other hostile classes stand for those.
     */
    static List<String> languages() {
        return LanguageTable.defaults().all().stream()
                .filter(InterpretedHostilePrograms::runByInterpreterOrVm)
                .map(Language::id)
                .filter(id -> !COVERED_ELSEWHERE.contains(id))
                .toList();
    }

    static boolean runByInterpreterOrVm(Language language) {
        boolean nativeProgram = language.compiled() && language.runCommand().get(0).equals("./main");
        return !nativeProgram || SAVED_STATES.contains(language.id());
    }
}
