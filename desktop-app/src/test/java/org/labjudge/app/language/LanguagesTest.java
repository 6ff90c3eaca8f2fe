package org.labjudge.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.protocol.LanguageInfo;

/** How the app finds a file's language in what the pool's nodes listed (no list of its own). */
class LanguagesTest {

    private static final LanguageInfo C = info("c", "c");
    private static final LanguageInfo CPP = info("cpp", "cpp", "cc", "cxx", "c++", "C");
    private static final LanguageInfo PYTHON = info("python", "py", "py3");
    private static final Languages POOL = Languages.of(List.of(C, CPP, PYTHON));

    @Test
    void extensionsMapToWhatTheNodesListed() {
        assertThat(POOL.forFile("x.c")).contains(C);
        assertThat(POOL.forFile("x.cc")).contains(CPP);
        assertThat(POOL.forFile("solution.py3")).contains(PYTHON);
        assertThat(POOL.forFile("README")).isEmpty();
        assertThat(POOL.forFile("x.")).isEmpty();
        assertThat(POOL.forFile(".py")).isEmpty();
    }

    @Test
    void anExactExtensionWinsThenCaseIsIgnored() {
        assertThat(POOL.forFile("x.C")).contains(CPP);
        assertThat(POOL.forFile("X.PY")).contains(PYTHON);
        assertThat(POOL.forFile("x.CPP")).contains(CPP);
    }

    @Test
    void anExtensionNoNodeListsIsNoLanguage() {
        // A header is no program: neither the command line nor the editor takes x.h as C.
        assertThat(POOL.forFile("x.h")).isEmpty();
        assertThat(POOL.byId("cobol")).isEmpty();
        assertThat(POOL.byId("CPP")).contains(CPP);
    }

    @Test
    void theLanguagesAreThoseOfTheNodesThatAreUpFirstDescriptionKept() {
        LanguageInfo newerC = new LanguageInfo("c", "C (GCC 13)", "13.1", "main.c", true, List.of("c"), "");
        LanguageInfo ruby = info("ruby", "rb");
        List<NodeStatus> statuses = List.of(
                status("a", NodeState.UP, List.of(C, PYTHON)),
                status("b", NodeState.UP, List.of(newerC, ruby)),
                status("c", NodeState.DOWN, List.of()));

        Languages offered = Languages.offeredBy(statuses);

        assertThat(offered.all()).containsExactly(C, PYTHON, ruby);
        assertThat(offered.forFile("x.rb")).contains(ruby);
    }

    @Test
    void withNoNodeUpTheMessageSaysSo() {
        assertThat(Languages.NONE.forFile("x.py")).isEmpty();
        assertThat(Languages.NONE.extensionsText()).contains("no node is up");
        assertThat(POOL.extensionsText()).isEqualTo(".c .cpp .cc .cxx .c++ .C .py .py3");
    }

    private static LanguageInfo info(String id, String... extensions) {
        return new LanguageInfo(id, id, "1", "main." + extensions[0], false, List.of(extensions), "");
    }

    private static NodeStatus status(String name, NodeState state, List<LanguageInfo> offered) {
        return new NodeStatus(name, "http://127.0.0.1:1", state, 1, 0, 1,
                offered.stream().map(LanguageInfo::id).toList(), null, offered);
    }
}
