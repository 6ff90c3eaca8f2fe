package org.labjudge.node.api.piston;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SemVer selectors Piston's clients send pick the versions SemVer would. */
class VersionSelectorTest {

    @Test
    void wildcardsMatchAnyVersion() {
        assertThat(VersionSelector.matches("*", "3.11.2")).isTrue();
        assertThat(VersionSelector.matches("x", "17.0.21.1")).isTrue();
        assertThat(VersionSelector.matches("latest", "1.63.0")).isTrue();
    }

    @Test
    void exactAndPartialVersionsMatchTheirPrefix() {
        assertThat(VersionSelector.matches("3.11.2", "3.11.2")).isTrue();
        assertThat(VersionSelector.matches("3.11", "3.11.2")).isTrue();
        assertThat(VersionSelector.matches("3.x", "3.11.2")).isTrue();
        assertThat(VersionSelector.matches("3", "3.11.2")).isTrue();
        assertThat(VersionSelector.matches("3.10", "3.11.2")).isFalse();
        assertThat(VersionSelector.matches("3.11.2.1", "3.11.2")).isFalse();
    }

    @Test
    void caretKeepsTheMajorAndTildeTheMinor() {
        assertThat(VersionSelector.matches("^3.1.5", "3.11.2")).isTrue();
        assertThat(VersionSelector.matches("^3.12", "3.11.2")).isFalse();
        assertThat(VersionSelector.matches("^2", "3.11.2")).isFalse();
        assertThat(VersionSelector.matches("~3.11.1", "3.11.2")).isTrue();
        assertThat(VersionSelector.matches("~3.10", "3.11.2")).isFalse();
    }
}
