package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.language.Languages;
import org.labjudge.protocol.LanguageInfo;

/**
 * The pool learns its languages from the nodes' {@code /api/v1/languages}, without any list in the app: once
 * when a node comes up, again only when the language ids its info reports change, and a language the app has
 * never heard of is offered like any other.
 */
class PoolLanguagesTest {

    private static final LanguageInfo COBOL = new LanguageInfo("cobol", "COBOL (GnuCOBOL)", "3.1.2", "main.cob", true,
            List.of("cob", "cbl"), "       IDENTIFICATION DIVISION.\n");

    @TempDir
    Path dir;

    @Test
    void theLanguagesAreKnownWhenStartReturns() throws Exception {
        try (StubNode node = StubNode.start("n1", 1, Duration.ZERO);
             Pool pool = TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(node)))) {
            Languages languages = Languages.offeredBy(pool.nodes());

            assertThat(languages.all()).extracting(LanguageInfo::id).containsExactly("python", "java", "c");
            assertThat(languages.forFile("sum.py").orElseThrow().template()).contains("sys.stdin.read()");
            assertThat(languages.byId("java").orElseThrow().sourceFile()).isEqualTo("Main.java");
        }
    }

    @Test
    void aLanguageANodeStartsOfferingIsLearnedThenNotAskedForAgain() throws Exception {
        try (StubNode node = StubNode.start("n1", 1, Duration.ZERO);
             Pool pool = TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(node)))) {
            assertThat(node.languageFetches()).isEqualTo(1);
            assertThat(Languages.offeredBy(pool.nodes()).forFile("payroll.cob")).isEmpty();

            node.offer(COBOL);

            await().atMost(Duration.ofSeconds(5)).until(() ->
                    Languages.offeredBy(pool.nodes()).forFile("payroll.cob").isPresent());
            assertThat(Languages.offeredBy(pool.nodes()).forFile("payroll.cob")).contains(COBOL);
            int fetches = node.languageFetches();
            assertThat(fetches).isEqualTo(2);
            // Polls go on; with the same ids the list is not fetched again.
            long polled = node.infoPolls();
            await().atMost(Duration.ofSeconds(5)).until(() -> node.infoPolls() >= polled + 3);
            assertThat(node.languageFetches()).isEqualTo(fetches);
        }
    }

    @Test
    void aNodeThatIsDownOffersNothing() throws Exception {
        try (StubNode node = StubNode.start("n1", 1, Duration.ZERO);
             Pool pool = TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(node)))) {
            node.kill();
            await().atMost(Duration.ofSeconds(5)).until(() -> pool.nodes().get(0).state() == NodeState.DOWN);

            assertThat(Languages.offeredBy(pool.nodes()).all()).isEmpty();
        }
    }
}
