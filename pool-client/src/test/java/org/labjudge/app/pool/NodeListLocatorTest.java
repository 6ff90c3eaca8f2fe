package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lookup order of docs/node-list.md: --nodes, $LABJUDGE_NODES, ~/.labjudge/nodes.json, /etc/labjudge/nodes.json. */
class NodeListLocatorTest {

    @TempDir
    Path dir;

    @Test
    void followsTheDesignOrder() throws Exception {
        Path home = dir.resolve("home");
        Path userList = home.resolve(".labjudge/nodes.json");
        Path systemList = dir.resolve("etc/nodes.json");
        Files.createDirectories(userList.getParent());
        Files.createDirectories(systemList.getParent());

        NodeListLocator bare = new NodeListLocator(Map.of(), home, systemList);
        assertThat(bare.locate(null)).isEmpty();

        Files.writeString(systemList, "{}");
        assertThat(bare.locate(null)).contains(systemList.toString());

        Files.writeString(userList, "{}");
        assertThat(bare.locate(null)).contains(userList.toString());

        NodeListLocator withEnvironment = new NodeListLocator(Map.of("LABJUDGE_NODES", "http://lab/nodes.json"),
                home, systemList);
        assertThat(withEnvironment.locate(null)).contains("http://lab/nodes.json");
        assertThat(withEnvironment.locate("/tmp/mine.json")).contains("/tmp/mine.json");
    }

    @Test
    void anExplicitLocationIsUsedEvenIfMissingSoTheUserHearsAboutIt() {
        NodeListLocator locator = new NodeListLocator(Map.of(), dir, dir.resolve("none"));
        assertThat(locator.locate("/no/such/nodes.json")).contains("/no/such/nodes.json");
        assertThat(locator.searched()).contains("$LABJUDGE_NODES").contains(".labjudge/nodes.json");
    }
}
