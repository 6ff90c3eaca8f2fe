package org.labjudge.gateway;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.labjudge.app.pool.ConsoleCall;
import org.labjudge.app.pool.Pool;
import org.labjudge.node.judge.ConsoleRelay;
import org.labjudge.node.judge.ConsoleSession;
import org.labjudge.node.judge.OpenSessions;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleStart;

/**
 * The gateway's console sessions: each relayed to a node the pool chooses through the pool client's
 * {@link Pool#console} (placed and moved as a run is until the program runs), typed input on to the node, the node's
 * events back, and the node's end as the session's ({@code NODE_LOST} when the node dies mid-session). Those going
 * on are held, so a stopping gateway can wait for them and then stop them with an end that says so.
 */
final class PooledConsoles {
    private final Pool pool;
    private final OpenSessions open = new OpenSessions();

    PooledConsoles(Pool pool) {
        this.pool = pool;
    }

    /** Relays {@code session} until it ends; returns its end. */
    ConsoleEnd relay(ConsoleStart start, ConsoleSession session) {
        return open.during(session, () -> relayed(start, session));
    }

    private ConsoleEnd relayed(ConsoleStart start, ConsoleSession session) {
        // The call's end comes back as the answer, which the front-end sends last.
        ConsoleCall call = pool.console(start, event -> {
            if (!event.last()) {
                session.emit(event);
            }
        });
        ConsoleEnd end = session.relayedTo(new ConsoleRelay() {
            @Override
            public void type(String text) {
                call.type(text);
            }

            @Override
            public void endInput() {
                call.endInput();
            }

            @Override
            public void stop() {
                call.stop();
            }
        }, () -> awaitEnd(call));
        if (session.stoppedForShutdown() && end.reason() == ConsoleEndReason.STOPPED) {
            return new ConsoleEnd(end.reason(), end.verdict(), end.exitCode(), end.signal(), end.timeMs(),
                    end.wallTimeMs(), end.memoryKb(), "ended: the gateway is shutting down; " + end.message());
        }
        return end;
    }

    private static ConsoleEnd awaitEnd(ConsoleCall call) {
        try {
            return call.ended().get(); // never a hang: the call ends when its node's socket breaks
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.stop();
            return ConsoleEnd.without(ConsoleEndReason.STOPPED, "stopped: the gateway stopped relaying it");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the pool's console call failed", e.getCause());
        }
    }

    /**
     * Waits up to {@code grace} for the sessions being relayed, then stops those left (their end's message says the
     * gateway is shutting down); returns whether all ended by themselves.
     */
    boolean drain(Duration grace) {
        return open.drain(grace);
    }
}
