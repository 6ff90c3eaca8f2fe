package org.labjudge.node.judge;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.labjudge.node.language.Language;
import org.labjudge.protocol.TestResult;

/**
 * How a front-end asks for one run beyond the request itself: its name (the {@code frontend}
 * label of the node's metrics), how it varies the language's compile and run commands (Jobe's
 * compile and interpreter arguments) and who asked (the client its token names, for a fair share of
 * the capacity). Limits, sandbox rules and admission are not varied here: they are the same for
 * every front-end.
 *
 * @param frontend the front-end's name, e.g. {@code v1}, {@code jobe}, {@code piston}
 * @param commands turns the node's language into the one this run uses (the identity for v1)
 * @param client who asked: {@link org.labjudge.node.api.RunClients}' name for the request's token
 * @param onTest hears each test's result as soon as it is judged, on the judging thread (a streamed run)
 * @param outputText how the output's bytes become the answer's text (the node's UTF-8 unless the peer's rule differs)
 * @param cancellation cancels the run when its client goes away ({@link Cancellation#NEVER} unless a front-end watches)
 */
public record RunOptions(String frontend, UnaryOperator<Language> commands, String client, Consumer<TestResult> onTest,
        OutputText outputText, Cancellation cancellation) {
    /** The client of a run no token names (auth off, or a caller inside the process). */
    public static final String ANONYMOUS = "anonymous";
    /** The name of the node's own API (wire protocol v1). */
    public static final String V1_FRONTEND = "v1";
    /** A run of the node's own API: the language's commands as they are. */
    public static final RunOptions V1 = new RunOptions(V1_FRONTEND, UnaryOperator.identity());

    public RunOptions {
        Objects.requireNonNull(frontend, "frontend");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(client, "client");
        onTest = onTest == null ? test -> { } : onTest;
        outputText = outputText == null ? OutputText.UTF_8 : outputText;
        cancellation = cancellation == null ? Cancellation.NEVER : cancellation;
    }

    /** A run of no client in particular, its tests not streamed. */
    public RunOptions(String frontend, UnaryOperator<Language> commands) {
        this(frontend, commands, ANONYMOUS, null, null, null);
    }

    /** The same run asked for by {@code newClient}. */
    public RunOptions withClient(String newClient) {
        return new RunOptions(frontend, commands, newClient, onTest, outputText, cancellation);
    }

    /** These options, with each test's result also given to {@code listener} as it is judged. */
    public RunOptions streamingTo(Consumer<TestResult> listener) {
        return new RunOptions(frontend, commands, client, listener, outputText, cancellation);
    }

    /** These options, with the output's bytes made text by {@code rule}. */
    public RunOptions withOutputText(OutputText rule) {
        return new RunOptions(frontend, commands, client, onTest, rule, cancellation);
    }

    /** These options, the run cancelled by {@code newCancellation} (its client went away). */
    public RunOptions cancelledBy(Cancellation newCancellation) {
        return new RunOptions(frontend, commands, client, onTest, outputText, newCancellation);
    }

    /** A run of another front-end that keeps the language's commands. */
    public static RunOptions of(String frontend) {
        return new RunOptions(frontend, UnaryOperator.identity());
    }
}
