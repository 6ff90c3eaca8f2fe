package org.labjudge.node.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "127.255.255.255", "::1", "[::1]", "0:0:0:0:0:0:0:1",
        "localhost", "LocalHost", " 127.0.0.1 "})
    void loopbackAddresses(String bind) {
        assertThat(Loopback.isLoopback(bind)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "10.1.0.11", "192.168.1.5", "128.0.0.1", "127.0.0.256", "lab-07",
        "localhost.example.org", "", "::2", "fe80::1"})
    void everythingElseIsNot(String bind) {
        assertThat(Loopback.isLoopback(bind)).isFalse();
    }
}
