package org.labjudge.app.submission;

import java.util.List;
import java.util.function.BiFunction;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.SourceFile;
import org.labjudge.problem.ProblemPackage;

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

    /** A request that runs this program once; {@code problem} names the problem for the entry rule, or is null. */
    public RunRequest runRequest(String problem) {
        return request(RunRequest::of, problem);
    }

    /** A request that judges this program on all of {@code problem}'s tests, naming the problem for the entry rule. */
    public RunRequest judgeRequest(ProblemPackage problem) {
        return request(problem::judgeRequest, problem.id());
    }

    /**
     * The request {@code build} makes of a language and one source, for this program: of its source, or for
     * several files of an empty one, which this program's files then replace ({@code problem} named with them).
     */
    public RunRequest request(BiFunction<String, String, RunRequest> build, String problem) {
        RunRequest single = build.apply(language, several() ? "" : source);
        return several() ? single.withProgram(files, problem) : single;
    }
}
