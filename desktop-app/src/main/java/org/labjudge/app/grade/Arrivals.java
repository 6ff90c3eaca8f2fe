package org.labjudge.app.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.labjudge.app.grade.GradeRow.Arrival;
import org.labjudge.app.submission.Submission;

/**
 * When submissions arrived: one is late when its newest file was modified after {@code due} (the time stamps
 * an LMS download or a copy keeps); a student of the {@code roster} with no submission is missing.
 *
 * @param due the deadline; {@code null}: nothing is late
 * @param roster the students expected, in the roster's order; empty: no one is missing
 */
public record Arrivals(Instant due, List<String> roster) {

    public static final Arrivals NONE = new Arrivals(null, List.of());

    public Arrivals {
        roster = List.copyOf(roster);
    }

    /**
     * Reads a roster: one student per line, as their file or folder is named (a CSV's first column is taken);
     * blank lines and lines starting with {@code #} are skipped.
     */
    public static List<String> readRoster(Path file) throws IOException {
        Set<String> students = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String name = line.split(",", 2)[0].strip();
            if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
                name = name.substring(1, name.length() - 1);
            }
            if (!name.isEmpty() && !name.startsWith("#")) {
                students.add(name);
            }
        }
        return new ArrayList<>(students);
    }

    public Arrival of(Submission submission) throws IOException {
        if (due == null) {
            return Arrival.ON_TIME;
        }
        return newest(submission.path()).isAfter(due) ? Arrival.LATE : Arrival.ON_TIME;
    }

    /** The roster's students that no submission belongs to. */
    public List<String> missing(List<Submission> submissions) {
        Set<String> present = new LinkedHashSet<>();
        submissions.forEach(s -> present.add(s.student()));
        return roster.stream().filter(s -> !present.contains(s)).toList();
    }

    private static Instant newest(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.getLastModifiedTime(path).toInstant();
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    return FileTime.fromMillis(0);
                }
            }).max(FileTime::compareTo).map(FileTime::toInstant).orElse(Instant.EPOCH);
        }
    }
}
