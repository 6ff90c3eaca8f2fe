package org.labjudge.app.localnode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessNodeStarterTest {

    @TempDir
    Path dir;

    @Test
    void findsTheNodeJarInASourceCheckoutOrWhereTheEnvironmentSays() throws Exception {
        Path target = Files.createDirectories(dir.resolve("executor-node/target"));
        Files.writeString(target.resolve("executor-node-0.1.0-SNAPSHOT.jar"), "thin");
        Path jar = Files.writeString(target.resolve("executor-node-0.1.0-SNAPSHOT-all.jar"), "shaded");

        assertThat(new ProcessNodeStarter(Map.of(), dir.toString()).nodeJar()).contains(jar);
        assertThat(new ProcessNodeStarter(Map.of("LABJUDGE_NODE_JAR", jar.toString()), null).nodeJar()).contains(jar);
        assertThat(new ProcessNodeStarter(Map.of(), null).nodeJar()).isEmpty();
        assertThat(new ProcessNodeStarter(Map.of(), dir.resolve("elsewhere").toString()).nodeJar()).isEmpty();
    }

    @Test
    void withoutAJarNoNodeIsStarted() throws Exception {
        assertThat(new ProcessNodeStarter(Map.of("DOCKER_HOST", "unix:///x"), null).start()).isEmpty();
    }

    @Test
    void readsThePortTheNodePrints() {
        var m = ProcessNodeStarter.LISTENING.matcher("executor-node local listening on 127.0.0.1:41234");
        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isEqualTo("41234");
        assertThat(ProcessNodeStarter.LISTENING.matcher("API listening on 127.0.0.1:41234 (auth off)").find())
                .isFalse();
    }
}
