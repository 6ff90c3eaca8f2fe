package org.labjudge.app.submission;

import java.util.List;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.problem.ProblemPackage;

/**
 * A program read from disk: one source file ({@code source}, saved on the node under its language's name), or
 * several files ({@code source} is {@code null}, {@code files} each under its own name), whose main file the
 * node finds by its language's rule. The rule lives on the node alone; a client only sends the files.
 */
public record Program(String language, String source, List<SourceFile> files) {

    public Program {
        files = List.copyOf(files);
    }

    public boolean several() {
        return source == null;
    }

    /** A request that runs this program once. */
    public RunRequest runRequest() {
        return several() ? RunRequest.ofFiles(language, files, null) : RunRequest.of(language, source);
    }

    /** A request that judges this program on all of {@code problem}'s tests, naming the problem for the entry rule. */
    public RunRequest judgeRequest(ProblemPackage problem) {
        // The package makes a request of one source; a program of several files then takes its place.
        RunRequest request = problem.judgeRequest(language, several() ? "" : source);
        return several() ? request.withProgram(files, problem.id()) : request;
    }
}
