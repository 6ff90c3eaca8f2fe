package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A sandbox has no network but its own loopback. These tests aim at loopback addresses only,
 * never at anything outside this machine.
 */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class NetworkIsolationTest {

    @Test
    void listingInterfacesShowsOnlyLoopback(HostileNode node) {
        String program = """
                import socket
                print(sorted(name for _, name in socket.if_nameindex()))
                print(len(open('/proc/net/route').read().strip().splitlines()) - 1)
                print(open('/proc/net/dev').read().count(':'))
                """;
        TestResult test = node.runOnce("python", program);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
        // only lo; no route at all; one device in /proc/net/dev
        assertThat(test.stdout()).isEqualTo("['lo']\n0\n1\n");
        node.assertSurvived();
    }

    @Test
    void aTcpConnectToTheNodeOrTheHostLoopbackFails(HostileNode node) throws IOException {
        try (ServerSocket host = new ServerSocket()) {
            host.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            host.setSoTimeout(200);
            String program = """
                    import socket, sys
                    for port in map(int, sys.stdin.read().split()):
                        s = socket.socket()
                        s.settimeout(2)
                        try:
                            s.connect(('127.0.0.1', port))
                            print(port, 'connected')
                        except OSError as e:
                            print(port, type(e).__name__)
                        finally:
                            s.close()
                    """;
            int nodePort = node.fixture.node.port();
            TestResult test = node.runOnce("python", program, HostileNode.SMALL,
                    nodePort + " " + host.getLocalPort() + "\n");

            assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
            assertThat(test.stdout()).isEqualTo(nodePort + " ConnectionRefusedError\n"
                    + host.getLocalPort() + " ConnectionRefusedError\n");
            try {
                host.accept().close();
                throw new AssertionError("something connected to the host's loopback");
            } catch (SocketTimeoutException expected) {
                // nobody came
            }
        }
        node.assertSurvived();
    }
}
