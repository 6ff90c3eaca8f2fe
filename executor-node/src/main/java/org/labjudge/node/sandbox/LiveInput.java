package org.labjudge.node.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What reaches a live execution ({@link Sandbox#executeLive}) while it runs: typed input, the end of input and a
 * stop. Any thread may call it, before the program starts too (what comes early is passed on once it runs);
 * once the execution has ended, calls do nothing.
 */
public final class LiveInput {
    /**
     * Where the calls go while the program runs: the sandbox's side of the agent's live frames, or a relay to a
     * program that runs elsewhere (a gateway's session on a node).
     */
    public interface Channel {
        void type(byte[] data);

        void end();

        void stop();
    }

    private final List<Consumer<Channel>> early = new ArrayList<>();
    private Channel channel;
    private boolean over;

    /** Bytes for the program's stdin (a typed line, its newline included). */
    public void type(byte[] data) {
        pass(channel -> channel.type(data.clone()));
    }

    /** End of input: the program's next read finds end of file (Ctrl+D in a console). */
    public void end() {
        pass(Channel::end);
    }

    /** Kills the program and everything it started. */
    public void stop() {
        pass(Channel::stop);
    }

    private synchronized void pass(Consumer<Channel> call) {
        if (over) {
            return;
        }
        if (channel == null) {
            early.add(call);
            return;
        }
        try {
            call.accept(channel);
        } catch (SandboxException e) {
            // The sandbox is gone; the execution itself reports it.
        }
    }

    /** The program runs: calls go to {@code live}, the early ones first. */
    synchronized void attach(Channel live) {
        this.channel = live;
        early.forEach(this::pass);
        early.clear();
    }

    /** The program runs elsewhere: calls go to {@code relay}, the early ones first, until {@link #endRelay()}. */
    public void relayTo(Channel relay) {
        attach(relay);
    }

    /** The relayed program ended: later calls do nothing. */
    public void endRelay() {
        detach(() -> { });
    }

    /** The execution ended: {@code last} runs while no call can come between, and later calls do nothing. */
    synchronized void detach(Runnable last) {
        over = true;
        channel = null;
        last.run();
    }
}
