package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Runs cannot see each other's files, processes or IPC objects, at the same time or one after another. */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class CrossRunIsolationTest {
    private static final Limits LIMITS = new Limits(2000, 6000, 128, 64, 32);

    /** Leaves a mark in every writable place and IPC namespace, then reports what it can see. */
    private static final String MARKER = """
            import ctypes, glob, os, socket, sys, time
            libc = ctypes.CDLL(None, use_errno=True)
            me = sys.stdin.readline().strip()
            other = 'B' if me == 'A' else 'A'
            start = time.time()
            for d in ('/box', '/tmp', '/dev/shm'):
                with open(f'{d}/mark-{me}', 'w') as f:
                    f.write(me)
            libc.shmget(0x4c4a00 + ord(me), 4096, 0o1000 | 0o600)
            libc.mq_open(f'/mark-{me}'.encode(), os.O_CREAT | os.O_RDONLY, 0o600, None)
            time.sleep(1.5)
            seen = sorted(os.path.basename(p) for d in ('/box', '/tmp', '/dev/shm', '/dev/mqueue')
                          for p in glob.glob(d + '/mark-*'))
            others = [p for p in os.listdir('/proc') if p.isdigit() and int(p) not in (1, os.getpid())]
            shm = libc.shmget(0x4c4a00 + ord(other), 0, 0) >= 0
            print(me, start, time.time(), ','.join(seen), len(others), shm)
            """;

    @Test
    void twoConcurrentRunsCannotSeeEachOther(HostileNode node) {
        CompletableFuture<TestResult> a = CompletableFuture.supplyAsync(() -> node.runOnce("python", MARKER, LIMITS, "A\n"));
        CompletableFuture<TestResult> b = CompletableFuture.supplyAsync(() -> node.runOnce("python", MARKER, LIMITS, "B\n"));
        String[] seenA = a.join().stdout().strip().split(" ");
        String[] seenB = b.join().stdout().strip().split(" ");

        // gVisor's kernel has no /dev/mqueue (docs/sandbox.md): its marks are in the three directories only.
        int places = HostileNode.UNDER_GVISOR ? 3 : 4;
        assertThat(seenA).as("A saw").containsExactly("A", seenA[1], seenA[2],
                String.join(",", java.util.Collections.nCopies(places, "mark-A")), "0", "False");
        assertThat(seenB).as("B saw").containsExactly("B", seenB[1], seenB[2],
                String.join(",", java.util.Collections.nCopies(places, "mark-B")), "0", "False");
        // They did run at the same time.
        assertThat(Double.parseDouble(seenA[1])).isLessThan(Double.parseDouble(seenB[2]));
        assertThat(Double.parseDouble(seenB[1])).isLessThan(Double.parseDouble(seenA[2]));
        node.assertSurvived();
    }

    @Test
    void aReusedSandboxHasNoFileAnEarlierRunLeft(HostileNode node) {
        String program = """
                import os, socket, sys
                places = ('/box/left', '/tmp/left', '/dev/shm/left')
                if sys.stdin.readline().strip() == 'plant':
                    for p in places:
                        with open(p, 'w') as f:
                            f.write('secret')
                    print(socket.gethostname(), 'planted')
                else:
                    print(socket.gethostname(), 'found', ','.join(p for p in places if os.path.exists(p)) or '-')
                """;
        plantThenProbeTheSameSandbox(node, program);
    }

    @Test
    void aReusedSandboxHasNoSysVOrPosixIpcObjectAnEarlierRunLeft(HostileNode node) {
        String program = """
                import ctypes, os, socket, sys
                libc = ctypes.CDLL(None, use_errno=True)
                libc.shmat.restype = ctypes.c_void_p
                if sys.stdin.readline().strip() == 'plant':
                    shm = libc.shmget(0x4c4a, 1 << 20, 0o1000 | 0o600)
                    made = {'shm': shm >= 0 and ctypes.memmove(libc.shmat(shm, None, 0), b'secret', 6) != 0,
                            'msg': libc.msgget(0x4c4b, 0o1000 | 0o600) >= 0,
                            'sem': libc.semget(0x4c4c, 1, 0o1000 | 0o600) >= 0,
                            'posix-shm': os.write(libc.shm_open(b'/left', os.O_CREAT | os.O_RDWR, 0o600), b'secret') == 6,
                            'mq': libc.mq_open(b'/left', os.O_CREAT | os.O_RDONLY, 0o600, None) >= 0}
                    failed = [n for n, ok in made.items() if not ok]
                    print(socket.gethostname(), 'planted' if not failed else 'could not plant ' + ','.join(failed))
                else:
                    found = [n for n, ok in (('shm', libc.shmget(0x4c4a, 0, 0) >= 0),
                                              ('msg', libc.msgget(0x4c4b, 0) >= 0),
                                              ('sem', libc.semget(0x4c4c, 0, 0) >= 0),
                                              ('posix-shm', libc.shm_open(b'/left', os.O_RDONLY, 0) >= 0),
                                              ('mq', libc.mq_open(b'/left', os.O_RDONLY) >= 0)) if ok]
                    print(socket.gethostname(), 'found', ','.join(found) or '-')
                """;
        plantThenProbeTheSameSandbox(node, program);
    }

    /**
     * Runs {@code program} with "plant", waits until the pool has reset that sandbox and will hand it
     * out next, then runs it with "probe": the probe must land in the planting run's container (its
     * host name is the container's id) and find nothing. Under gVisor no sandbox serves a second run (a reset
     * cannot list POSIX message queues there; docs/sandbox.md): the probe lands in a fresh one and finds nothing.
     */
    private static void plantThenProbeTheSameSandbox(HostileNode node, String program) {
        String image = node.fixture.config.judgeSettings().image("python");
        for (int round = 0; round < 2; round++) {
            TestResult plant = node.runOnce("python", program, LIMITS, "plant\n");
            assertThat(plant.stdout()).as(plant::toString).endsWith(" planted\n");
            String container = plant.stdout().split(" ")[0];
            if (HostileNode.UNDER_GVISOR) {
                TestResult probe = node.runOnce("python", program, LIMITS, "probe\n");
                assertThat(probe.stdout()).as(probe::toString).endsWith(" found -\n").doesNotStartWith(container);
                assertThat(node.fixture.node.sandboxes().readyIds(image)).doesNotContain(container);
                continue;
            }
            // The ready sandbox taken next is the last of readyIds: wait for the reset planting one to be it.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                List<String> ready = node.fixture.node.sandboxes().readyIds(image);
                return !ready.isEmpty() && ready.get(ready.size() - 1).equals(container);
            });

            TestResult probe = node.runOnce("python", program, LIMITS, "probe\n");

            assertThat(probe.stdout()).as(probe::toString).isEqualTo(container + " found -\n");
        }
        node.assertSurvived();
    }
}
