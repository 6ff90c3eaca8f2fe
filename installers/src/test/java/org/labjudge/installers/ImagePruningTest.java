package org.labjudge.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.installers.packaging.Proc;

/**
 * build-images.sh removes the images an upgrade superseded (each recipe change leaves a full set of
 * language images behind, gigabytes on a lab machine), keeps what the node runs, and keeps everything
 * when told to.
 */
@Tag("docker")
class ImagePruningTest {
    private static final Path SCRIPT = Path.of("").toAbsolutePath().getParent()
            .resolve("installers").resolve("images").resolve("build-images.sh");
    private static final String SUPERSEDED = "labjudge/bash:000000000000";

    @AfterEach
    void removeTheFakeTag() {
        Proc.run(Duration.ofSeconds(30), "docker", "rmi", SUPERSEDED);
    }

    @Test
    void aSupersededTagIsRemovedAndTheCurrentImageKept() {
        Proc.ok(Duration.ofSeconds(30), "docker", "tag", "labjudge/bash:current", SUPERSEDED);

        Proc.Result build = Proc.run(Duration.ofMinutes(10), Map.of(), List.of(SCRIPT.toString(), "bash"));

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("removed superseded " + SUPERSEDED);
        assertThat(exists(SUPERSEDED)).isFalse();
        assertThat(exists("labjudge/bash:current")).isTrue();
    }

    @Test
    void nothingIsRemovedWhenPruningIsOff() {
        Proc.ok(Duration.ofSeconds(30), "docker", "tag", "labjudge/bash:current", SUPERSEDED);

        Proc.Result build = Proc.run(Duration.ofMinutes(10), Map.of("LABJUDGE_PRUNE_IMAGES", "0"),
                List.of(SCRIPT.toString(), "bash"));

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(exists(SUPERSEDED)).isTrue();
    }

    private static boolean exists(String image) {
        return Proc.run(Duration.ofSeconds(30), "docker", "image", "inspect", image).exitCode() == 0;
    }
}
