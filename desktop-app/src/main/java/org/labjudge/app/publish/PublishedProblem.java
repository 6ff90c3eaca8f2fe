package org.labjudge.app.publish;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labjudge.app.pool.HashedRequest;
import org.labjudge.protocol.BlobReferences;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.SampleInteraction;

/**
 * What a student copy of a published problem holds (its {@value StudentCopy#MANIFEST}): the statement, limits,
 * checker, samples and sample dialogues as they are, and of the secret tests and the validator only the hashes of
 * their data, which the pool's nodes hold. {@code format} is this file's version.
 */
public record PublishedProblem(int format, String id, String name, String statementMarkdown, Limits limits,
                               CheckerSpec checker, List<TestCase> samples, List<TestCase> secretTests,
                               ValidatorSpec validator, Scoring scoring, List<SampleInteraction> interactions) {
    public static final int FORMAT = 1;

    /** A published problem and the blobs (by hash) the nodes must hold for it. */
    public record Publication(PublishedProblem problem, Map<String, byte[]> blobs) {
    }

    /** {@code full}'s student view, its secret tests and validator files by hash, with their bytes. */
    public static Publication of(ProblemPackage full) {
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        List<TestCase> secret = HashedRequest.testsByHash(full.secretTests(), blobs);
        ValidatorSpec validator = full.validator() == null ? null : HashedRequest.validatorByHash(full.validator(), blobs);
        return new Publication(new PublishedProblem(FORMAT, full.id(), full.name(), full.statementMarkdown(),
                full.limits(), full.checker(), full.samples(), secret, validator, full.scoring(), full.interactions()),
                blobs);
    }

    /** The problem as the editor and {@code labjudge judge} use it, loaded from {@code directory}. */
    public ProblemPackage toPackage(Path directory) {
        return new ProblemPackage(id, name, statementMarkdown, limits, checker, samples, secretTests, directory,
                validator, scoring, interactions);
    }

    /** Every blob the nodes must hold to judge this problem in full. */
    public Set<String> hashes() {
        return BlobReferences.of(new RunRequest("any", "", null, null, null, null, secretTests, null, false,
                validator, null));
    }
}
