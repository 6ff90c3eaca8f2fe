package org.labjudge.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.labjudge.protocol.TestCase;

/**
 * Reads the test cases of one top-level group ({@code data/sample} or {@code data/secret}): every
 * {@code X.in} with its {@code X.ans}, in subgroups (subfolders) too, files and subgroups together in
 * natural order of their names, as Kattis runs them. Each test is named by its path below {@code data/}
 * without the extension ({@code secret/group1/03}). An input without an answer, or an answer without an
 * input, is an error naming the file: a silently skipped test would judge students on less than intended.
 */
final class TestData {

    private TestData() {
    }

    static List<TestCase> read(Path dataDir, String group, String displayDir) throws ProblemPackageException {
        Path root = dataDir.resolve(group);
        List<TestCase> tests = new ArrayList<>();
        if (Files.isDirectory(root)) {
            walk(root, group, displayDir + "/data/" + group, tests);
        }
        return tests;
    }

    /** The {@code .interaction} files directly in {@code sampleDir}, in natural order, named like tests ({@code sample/1}). */
    static List<SampleInteraction> interactions(Path sampleDir, String displayDir) throws ProblemPackageException {
        TreeMap<String, Path> files = new TreeMap<>(NaturalOrder.INSTANCE);
        if (Files.isDirectory(sampleDir)) {
            try (Stream<Path> children = Files.list(sampleDir)) {
                for (Path child : (Iterable<Path>) children::iterator) {
                    String file = child.getFileName().toString();
                    if (file.endsWith(".interaction") && Files.isRegularFile(child)) {
                        files.put(file.substring(0, file.length() - ".interaction".length()), child);
                    }
                }
            } catch (IOException e) {
                throw new ProblemPackageException(displayDir + "/data/sample: cannot list: " + e.getMessage(), e);
            }
        }
        List<SampleInteraction> interactions = new ArrayList<>();
        for (var entry : files.entrySet()) {
            interactions.add(new SampleInteraction("sample/" + entry.getKey(), TextFiles.readUtf8(entry.getValue(),
                    displayDir + "/data/sample/" + entry.getKey() + ".interaction")));
        }
        return interactions;
    }

    private static void walk(Path folder, String name, String display, List<TestCase> tests)
            throws ProblemPackageException {
        // Sorted by base name; a subgroup and a test never share a name in a valid package.
        TreeMap<String, Path> entries = new TreeMap<>(NaturalOrder.INSTANCE);
        Set<String> inputs = new LinkedHashSet<>();
        Set<String> answers = new LinkedHashSet<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                String file = child.getFileName().toString();
                if (Files.isDirectory(child)) {
                    entries.put(file, child);
                } else if (file.endsWith(".in")) {
                    String base = file.substring(0, file.length() - 3);
                    inputs.add(base);
                    entries.put(base, child);
                } else if (file.endsWith(".ans")) {
                    answers.add(file.substring(0, file.length() - 4));
                }
            }
        } catch (IOException e) {
            throw new ProblemPackageException(display + ": cannot list: " + e.getMessage(), e);
        }
        for (String base : inputs) {
            if (!answers.contains(base)) {
                throw new ProblemPackageException(display + "/" + base + ".in: no answer file " + base + ".ans");
            }
        }
        for (String base : answers) {
            if (!inputs.contains(base)) {
                throw new ProblemPackageException(display + "/" + base + ".ans: no input file " + base + ".in");
            }
        }
        for (var entry : entries.entrySet()) {
            Path path = entry.getValue();
            String childName = name + "/" + entry.getKey();
            String childDisplay = display + "/" + entry.getKey();
            if (Files.isDirectory(path)) {
                walk(path, childName, childDisplay, tests);
            } else {
                String input = TextFiles.readUtf8(path, childDisplay + ".in");
                Path answerFile = path.resolveSibling(entry.getKey() + ".ans");
                String answer = TextFiles.readUtf8(answerFile, childDisplay + ".ans");
                tests.add(new TestCase(childName, input, answer));
            }
        }
    }
}
