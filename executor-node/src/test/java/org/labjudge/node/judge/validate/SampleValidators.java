package org.labjudge.node.judge.validate;

import java.util.List;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.ValidatorSpec;

/** Output validators the tests judge with, written for them. */
final class SampleValidators {
    private SampleValidators() {
    }

    /** A header in the style of a package's validate.h: write feedback, exit 42 or 43. */
    static final String VALIDATE_H = """
            #pragma once
            #include <cstdio>
            #include <cstdlib>
            #include <string>
            inline void note(const std::string& dir, const char* file, const std::string& text) {
                if (text.empty()) return;
                FILE* f = std::fopen((dir + file).c_str(), "w");
                std::fputs(text.c_str(), f);
                std::fclose(f);
            }
            [[noreturn]] inline void judge(const std::string& dir, bool ok, const std::string& judge_msg,
                                           const std::string& team_msg) {
                note(dir, "judgemessage.txt", judge_msg);
                note(dir, "teammessage.txt", team_msg);
                std::exit(ok ? 42 : 43);
            }
            """;

    /** One number, accepted within a relative tolerance given as flags {@code tolerance E} (default 1e-6). */
    static final String FLOAT_CPP = """
            #include "validate.h"
            #include <algorithm>
            #include <cmath>
            #include <fstream>
            #include <iostream>
            int main(int argc, char** argv) {
                std::string dir = argv[3];
                double tolerance = 1e-6;
                for (int i = 4; i + 1 < argc; i++) {
                    if (std::string(argv[i]) == "tolerance") tolerance = std::atof(argv[i + 1]);
                }
                std::ifstream answer(argv[2]);
                double expected;
                answer >> expected;
                double got;
                if (!(std::cin >> got)) judge(dir, false, "no number in the output", "print one number");
                double error = std::fabs(got - expected) / std::max(1.0, std::fabs(expected));
                if (error <= tolerance) judge(dir, true, "", "");
                judge(dir, false, "expected " + std::to_string(expected) + ", got " + std::to_string(got),
                      "your answer is not close enough");
            }
            """;

    static ValidatorSpec floatCpp(Limits limits) {
        return new ValidatorSpec("cpp", List.of(new SourceFile("validate.h", VALIDATE_H),
                new SourceFile("float.cpp", FLOAT_CPP)), limits);
    }

    /** Any proper divisor of the input number is correct (many correct answers); the answer file is unused. */
    static final String DIVISOR_PY = """
            import sys
            n = int(open(sys.argv[1]).read())
            feedback = sys.argv[3]
            words = sys.stdin.read().split()
            ok = len(words) == 1 and words[0].isdigit() and 1 < int(words[0]) < n and n % int(words[0]) == 0
            if not ok:
                open(feedback + "teammessage.txt", "w").write("print one proper divisor of n")
                open(feedback + "judgemessage.txt", "w").write("n=%d, output %r" % (n, words[:3]))
            sys.exit(42 if ok else 43)
            """;

    static final String DIVISOR_JAVA = """
            import java.nio.file.*;
            import java.util.Scanner;
            public class Divisor {
                public static void main(String[] args) throws Exception {
                    long n = Long.parseLong(Files.readString(Path.of(args[0])).strip());
                    Scanner in = new Scanner(System.in);
                    boolean ok = in.hasNextLong();
                    long d = ok ? in.nextLong() : 0;
                    ok = ok && !in.hasNext() && d > 1 && d < n && n % d == 0;
                    if (!ok) {
                        Files.writeString(Path.of(args[2] + "teammessage.txt"), "not a proper divisor");
                    }
                    System.exit(ok ? 42 : 43);
                }
            }
            """;

    static final String DIVISOR_C = """
            #include <stdio.h>
            #include <stdlib.h>
            int main(int argc, char **argv) {
                FILE *in = fopen(argv[1], "r");
                long n, d;
                char extra;
                if (fscanf(in, "%ld", &n) != 1) return 1;
                int ok = scanf("%ld", &d) == 1 && scanf(" %c", &extra) != 1 && d > 1 && d < n && n % d == 0;
                return ok ? 42 : 43;
            }
            """;
}
