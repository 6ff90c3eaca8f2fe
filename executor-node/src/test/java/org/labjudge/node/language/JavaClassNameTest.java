package org.labjudge.node.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaClassNameTest {

    @Test
    void thePublicTopLevelClassNamesTheFile() {
        assertThat(JavaClassName.of("import java.util.*;\npublic final class Solution { }\n")).isEqualTo("Solution");
        assertThat(JavaClassName.of("class Helper {}\npublic record Point(int x) {}\n")).isEqualTo("Point");
        assertThat(JavaClassName.of("class Main {}\n")).isEqualTo("Main");
    }

    @Test
    void commentsAndLiteralsDoNotCount() {
        String source = """
                // public class Comment {}
                /* public class Block {} */
                class Main {
                    String s = "public class InString {} // not a comment";
                    char c = '"';
                    String t = \"""
                        public class InTextBlock {} \\\"""
                        \""";
                }
                public class Real {}
                """;
        assertThat(JavaClassName.of(source)).isEqualTo("Real");
    }

    @Test
    void aLongStringLiteralOrManyModifiersDoNotOverflowTheStack() {
        assertThat(JavaClassName.of("public class Big { String s = \"" + "a\\\"".repeat(500_000) + "\"; }"))
                .isEqualTo("Big");
        assertThat(JavaClassName.of("public " + "final ".repeat(200_000) + "class X {}")).isEqualTo("Main");
    }
}
