package org.labjudge.node.judge;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.labjudge.node.sandbox.LiveInput;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;

/**
 * A front-end's handle on one live console run ({@link RunService#console}): it passes on what the user types,
 * the end of input and a stop, from any thread, and hears the session's events (started, output) as they come.
 * The end is what {@code console} returns.
 */
public final class ConsoleSession {
    private final LiveInput input = new LiveInput();
    private final Consumer<ConsoleEvent> events;
    private final AtomicReference<ConsoleEndReason> stoppedFor = new AtomicReference<>();
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean shuttingDown;

    /** @param events hears each event, on the thread that runs the session */
    public ConsoleSession(Consumer<ConsoleEvent> events) {
        this.events = events;
    }

    /** Text for the program's stdin, a typed line with its newline. */
    public void type(String text) {
        touch();
        input.type(text.getBytes(StandardCharsets.UTF_8));
    }

    /** End of input (Ctrl+D): the program reads end of file. */
    public void endInput() {
        touch();
        input.end();
    }

    /** Stops the program (the user's Stop, or the client went away). */
    public void stop() {
        stopFor(ConsoleEndReason.STOPPED);
    }

    /** Stops the program for {@code reason} (the first reason given is the one its end says). */
    void stopFor(ConsoleEndReason reason) {
        stoppedFor.compareAndSet(null, reason);
        input.stop();
    }

    /**
     * The server stops: the program is stopped as by {@link #stop()} ({@code STOPPED}, a reason every client knows)
     * and its end's message says the server is shutting down, unless it was stopped already.
     */
    public void stopForShutdown() {
        if (stoppedFor.get() == null) {
            shuttingDown = true;
        }
        stopFor(ConsoleEndReason.STOPPED);
    }

    /** Whether the server's shutdown, not the user, stopped the program. */
    public boolean stoppedForShutdown() {
        return shuttingDown;
    }

    /** Why the session was stopped from outside the program, or {@code null}. */
    ConsoleEndReason stoppedFor() {
        return stoppedFor.get();
    }

    /** Input or output just now: the idle limit counts from here. */
    void touch() {
        lastActivityNanos = System.nanoTime();
    }

    long idleNanos() {
        return System.nanoTime() - lastActivityNanos;
    }

    LiveInput input() {
        return input;
    }

    /** Tells the front-end one event of the session (a service's side: started, output, compile). */
    public void emit(ConsoleEvent event) {
        events.accept(event);
    }

    /**
     * The program runs elsewhere (a gateway relays the session to a node): typed text, the end of input and stops,
     * those that came before this call first, go to {@code relay} until {@code work} returns, whose end is the
     * session's.
     */
    public <T> T relayedTo(ConsoleRelay relay, java.util.function.Supplier<T> work) {
        input.relayTo(new LiveInput.Channel() {
            @Override
            public void type(byte[] data) {
                relay.type(new String(data, StandardCharsets.UTF_8)); // whole: it was one typed text
            }

            @Override
            public void end() {
                relay.endInput();
            }

            @Override
            public void stop() {
                relay.stop();
            }
        });
        try {
            return work.get();
        } finally {
            input.endRelay();
        }
    }
}
