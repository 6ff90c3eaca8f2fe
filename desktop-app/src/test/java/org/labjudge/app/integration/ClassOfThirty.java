package org.labjudge.app.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated lab: the "sum" problem (pass/fail, groups small and big weighted 40 and 60 in its grading
 * file), the template every student was given, and 30 Python submissions named by what they do: 14 right
 * (two of them, copy-a and copy-b, the same program with every name changed), 6 partial (wrong on negative
 * numbers: the big group), 5 wrong, 3 that do not compile, 2 that loop. Each student also wrote a helper of
 * their own, generated from a seed, so that apart from the copied pair no two programs are alike.
 */
public final class ClassOfThirty {

    /** The code every student was given: reading the numbers and writing the answer. */
    public static final String TEMPLATE = """
            import sys

            def read_numbers():
                data = sys.stdin.read().split()
                count = int(data[0])
                numbers = [int(x) for x in data[1:count + 1]]
                if len(numbers) != count:
                    raise ValueError("expected " + str(count) + " numbers")
                return numbers

            def write_answer(value):
                sys.stdout.write(str(value) + "\\n")
                sys.stdout.flush()

            """;

    /** Student to kind, in the order written. */
    final Map<String, String> kinds = new LinkedHashMap<>();
    final Path problem;
    final Path submissions;
    final Path template;

    private ClassOfThirty(Path problem, Path submissions, Path template) {
        this.problem = problem;
        this.submissions = submissions;
        this.template = template;
    }

    static ClassOfThirty write(Path dir) throws IOException {
        ClassOfThirty lab = new ClassOfThirty(dir.resolve("sum"), dir.resolve("submissions"),
                dir.resolve("template.py"));
        lab.writeProblem();
        Files.writeString(lab.template, TEMPLATE);
        int seed = 0;
        List<String> plan = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            plan.add("right");
        }
        for (int i = 1; i <= 6; i++) {
            plan.add("partial");
        }
        for (int i = 1; i <= 5; i++) {
            plan.add("wrong");
        }
        for (int i = 1; i <= 3; i++) {
            plan.add("noncompiling");
        }
        plan.add("looping");
        plan.add("looping");
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String kind : plan) {
            int n = numbers.merge(kind, 1, Integer::sum);
            String student = String.format("%s-%02d", kind, n);
            lab.kinds.put(student, kind);
            lab.writeStudent(student, kind, 1000 + seed++, false);
        }
        lab.kinds.put("copy-a", "right");
        lab.writeStudent("copy-a", "right", 4242, false);
        lab.kinds.put("copy-b", "right");
        lab.writeStudent("copy-b", "right", 4242, true);
        return lab;
    }

    /** Makes {@code student}'s file look handed in at {@code when}. */
    void touch(String student, Instant when) throws IOException {
        Files.setLastModifiedTime(submissions.resolve(student + ".py"), FileTime.from(when));
    }

    private void writeProblem() throws IOException {
        writeSumProblem(problem);
    }

    /**
     * The "sum" package in folder {@code problem}: one sample, secret groups small and big of two tests each, and
     * the grading file beside it weighting them 40 and 60.
     */
    static void writeSumProblem(Path problem) throws IOException {
        write(problem.resolve("problem.yaml"), "name: Sum of numbers\nlimits:\n  time_limit: 1\n");
        write(problem.resolve("data/sample/1.in"), "3\n1 2 3\n");
        write(problem.resolve("data/sample/1.ans"), "6\n");
        write(problem.resolve("data/secret/small/1.in"), "2\n5 7\n");
        write(problem.resolve("data/secret/small/1.ans"), "12\n");
        write(problem.resolve("data/secret/small/2.in"), "4\n1 1 1 1\n");
        write(problem.resolve("data/secret/small/2.ans"), "4\n");
        write(problem.resolve("data/secret/big/1.in"), "3\n-5 10 -20\n");
        write(problem.resolve("data/secret/big/1.ans"), "-15\n");
        write(problem.resolve("data/secret/big/2.in"), "2\n1000000000 -3\n");
        write(problem.resolve("data/secret/big/2.ans"), "999999997\n");
        write(problem.resolveSibling("sum.grading.yaml"), "weights:\n  secret/small: 40\n  secret/big: 60\n");
    }

    private void writeStudent(String student, String kind, long seed, boolean renamed) throws IOException {
        String core = switch (kind) {
            case "right" -> "values = read_numbers()\nwrite_answer(sum(values))\n";
            case "partial" -> "values = read_numbers()\nwrite_answer(sum(abs(v) for v in values))\n";
            case "wrong" -> "values = read_numbers()\nwrite_answer(sum(values) + 1)\n";
            case "noncompiling" -> "values = read_numbers(\nwrite_answer(sum(values))\n";
            case "looping" -> "values = read_numbers()\nwhile True:\n    values.append(len(values) % 7)\n"
                    + "    values.pop()\n";
            default -> throw new IllegalArgumentException(kind);
        };
        String header = renamed ? "# " + student + ": all my own work\n" : "";
        write(submissions.resolve(student + ".py"), header + TEMPLATE + helper(seed, renamed) + "\n" + core);
    }

    /**
     * A helper function of 30 statements drawn from ten shapes, from {@code seed}; {@code renamed} gives every
     * variable another name and shifts the constants, which changes nothing JPlag compares.
     */
    static String helper(long seed, boolean renamed) {
        Random random = new Random(seed);
        String[] v = renamed ? new String[] {"total", "step", "acc", "tmp"} : new String[] {"a", "b", "c", "d"};
        String items = renamed ? "bucket" : "items";
        String loop = renamed ? "k" : "i";
        StringBuilder code = new StringBuilder("def ").append(renamed ? "crunch" : "helper").append("(")
                .append(v[0]).append(", ").append(v[1]).append("):\n");
        code.append("    ").append(v[2]).append(" = 0\n    ").append(v[3]).append(" = 1\n    ").append(items)
                .append(" = []\n");
        for (int s = 0; s < 30; s++) {
            String x = v[random.nextInt(4)];
            String y = v[random.nextInt(4)];
            String z = v[random.nextInt(4)];
            int k = random.nextInt(9) + 2 + (renamed ? 1 : 0);
            String statement = switch (random.nextInt(10)) {
                case 0 -> x + " = " + y + " + " + k;
                case 1 -> x + " = " + y + " * " + z + " - " + k;
                case 2 -> "if " + x + " > " + y + ":\n        " + z + " = " + x + " - " + y + "\n    else:\n        "
                        + z + " = " + y + " - " + x;
                case 3 -> "for " + loop + " in range(" + k + "):\n        " + x + " += " + loop;
                case 4 -> "while " + x + " > " + k + ":\n        " + x + " = " + x + " // 2";
                case 5 -> items + ".append(" + x + ")";
                case 6 -> x + " = len(" + items + ") + " + y;
                case 7 -> "if " + x + " % 2 == 0:\n        " + items + ".append(" + y + ")";
                case 8 -> x + " = max(" + y + ", " + z + ", " + k + ")";
                default -> x + " = [" + y + ", " + z + "][" + k + " % 2]";
            };
            code.append("    ").append(statement).append('\n');
        }
        code.append("    return ").append(v[2]).append(" + len(").append(items).append(")\n");
        return code.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
