package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A program runs as another user than the sandbox agent (PID 1) that reports its results. It must
 * not reach the agent's pipes to the node: reading them would reveal the next requests (hidden
 * test input), writing them would forge its own verdict.
 */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class AgentTamperingTest {

    @Test
    void theAgentsPipesMemoryAndTracingAreClosedToPrograms(HostileNode node) {
        String program = """
                import ctypes, os
                for path, flags in (('/proc/1/fd/0', os.O_RDONLY), ('/proc/1/fd/1', os.O_WRONLY),
                                    ('/proc/1/mem', os.O_RDONLY), ('/proc/1/environ', os.O_RDONLY)):
                    try:
                        fd = os.open(path, flags | os.O_NONBLOCK)
                        text = os.read(fd, 65536).strip(b'\\0') if path.endswith('environ') else b''
                        os.close(fd)
                        print('opened', path, 'with text' if text else 'blank')
                    except OSError as e:
                        print('refused', path, e.errno)
                libc = ctypes.CDLL(None, use_errno=True)
                PTRACE_ATTACH = 16
                print('ptrace', libc.ptrace(PTRACE_ATTACH, 1, None, None), ctypes.get_errno() != 0)
                """;
        TestResult test = node.runOnce("python", program);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
        if (HostileNode.UNDER_GVISOR) {
            // gVisor's kernel lets any process open /proc/1/environ (docs/sandbox.md): the agent blanked it.
            assertThat(test.stdout()).contains("opened /proc/1/environ blank")
                    .doesNotContain("opened /proc/1/fd").doesNotContain("opened /proc/1/mem");
        } else {
            assertThat(test.stdout()).doesNotContain("opened");
        }
        assertThat(test.stdout()).contains("ptrace -1 True");
        node.assertSurvived();
    }

    @Test
    void aForgedSigtermFromOutsideDoesNotEndTheAgent(HostileNode node) {
        // rt_sigqueueinfo lets a program claim sender pid 0, as a signal from outside the container has.
        String program = """
                import ctypes, platform, signal, time
                libc = ctypes.CDLL(None, use_errno=True)
                SYS_rt_sigqueueinfo = 129 if platform.machine() == 'x86_64' else 138
                info = (ctypes.c_int * 32)()
                info[0] = signal.SIGTERM  # si_signo
                info[2] = -1              # si_code: SI_QUEUE, the only kind a program may send
                info[4] = 0               # si_pid: "from outside the sandbox"
                print('sent', libc.syscall(SYS_rt_sigqueueinfo, 1, signal.SIGTERM, info) == 0, flush=True)
                time.sleep(0.5)
                print('alive')
                """;
        TestResult test = node.runOnce("python", program);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
        assertThat(test.stdout()).endsWith("alive\n");
        node.assertSurvived();
    }

    @Test
    void aForgedReplyDoesNotReachTheNode(HostileNode node) {
        // Writes an agent reply claiming exit 0, 1 ms and the right answer, then loops forever.
        String program = """
                import os, struct
                def field(b):
                    return struct.pack('<I', len(b)) + b
                reply = b'x' + struct.pack('<iiqqqI', 0, 0, 1000, 2000, 1234, 0) + field(b'3\\n') + field(b'') + field(b'')
                try:
                    fd = os.open('/proc/1/fd/1', os.O_WRONLY)
                    os.write(fd, reply)
                except OSError:
                    pass
                while True:
                    pass
                """;
        RunResult result = node.runTests("python", program, HostileNode.SMALL,
                List.of(new TestCase("1", "1 2\n", "3\n")));

        // The program's own end, measured by the agent: not the 1 ms the forgery claimed.
        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(result.tests().get(0).wallTimeMs()).isGreaterThan(200L);
        assertThat(result.tests().get(0).memoryKb()).isNotEqualTo(1234L);
        node.assertSurvived();
    }
}
