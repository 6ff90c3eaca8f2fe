package org.labjudge.node.judge.validate;

import java.util.List;

/**
 * What building a validator left: the files to place in a validator sandbox, a command that unpacks them
 * (empty for none), or, when the build failed, why ({@code failure}, then nothing else is set). A failed
 * build is kept too: the same files fail the same way, so they are not compiled again for every submission.
 */
record CompiledValidator(List<Artifact> artifacts, List<String> setupCommand, String failure) {

    CompiledValidator {
        artifacts = List.copyOf(artifacts);
        setupCommand = List.copyOf(setupCommand);
    }

    static CompiledValidator failed(String failure) {
        return new CompiledValidator(List.of(), List.of(), failure);
    }

    boolean ok() {
        return failure == null;
    }

    /** Bytes this build holds in memory, for the cache's bound. */
    long size() {
        return artifacts.stream().mapToLong(a -> a.content().length + a.name().length()).sum()
                + (failure == null ? 0 : failure.length()) + 64;
    }

    /** One file of a build. */
    record Artifact(String name, byte[] content, boolean executable) {
    }
}
