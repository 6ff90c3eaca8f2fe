package org.labjudge.node.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.labjudge.node.config.NodeConfig;

/** Records the configuration it is given and hands out a node that runs until shut down. */
final class FakeLauncher implements NodeLauncher {
    final List<NodeConfig> launched = new ArrayList<>();
    final FakeNode node = new FakeNode();
    final CountDownLatch launchedLatch = new CountDownLatch(1);

    @Override
    public synchronized RunningNode launch(NodeConfig config) {
        launched.add(config);
        launchedLatch.countDown();
        return node;
    }

    synchronized NodeConfig config() {
        return launched.get(0);
    }

    static final class FakeNode implements RunningNode {
        final CountDownLatch stopped = new CountDownLatch(1);
        final AtomicInteger shutdowns = new AtomicInteger();

        @Override
        public int port() {
            return 7171;
        }

        @Override
        public void awaitShutdown() throws InterruptedException {
            stopped.await();
        }

        @Override
        public void shutdown() {
            shutdowns.incrementAndGet();
            stopped.countDown();
        }
    }
}
