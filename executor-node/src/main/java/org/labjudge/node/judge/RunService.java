package org.labjudge.node.judge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/**
 * The node's one worker, behind every front-end: it takes run requests, queues them for a free
 * slot, judges them in sandboxes and answers with results. The HTTP API is one front-end of it.
 */
public interface RunService {

    /**
     * Runs a request to completion on the calling thread, waiting in the queue for a slot.
     *
     * @throws InvalidRunException when the request cannot be run as given (400)
     * @throws RunRejectedException when the node cannot take it now (429 or 503)
     */
    default RunResult run(RunRequest request) {
        return run(request, RunOptions.V1);
    }

    /**
     * Runs a request for a front-end: like {@link #run(RunRequest)}, with the front-end's name
     * counted in the metrics and its variation of the language's commands applied.
     */
    RunResult run(RunRequest request, RunOptions options);

    /**
     * Runs a program live on the calling thread until it ends: admitted like a run (it holds a slot all along),
     * in the same sandbox under the same limits, its output given to {@code session} as it prints it and what the
     * session types passed to its stdin. Returns how it ended; a program that did not compile, was stopped, went
     * idle or hit a limit ends too, with a reason. A service without live runs refuses every session with
     * {@link InvalidRunException}; there is no default, so a service that wraps another passes sessions on.
     *
     * @throws InvalidRunException when the start cannot be run as given
     * @throws RunRejectedException when the node cannot take it now
     */
    ConsoleEnd console(ConsoleStart start, RunOptions options, ConsoleSession session);

    /**
     * Refuses at once when this service takes no new work now (it drains, its engine is down), so a front-end can
     * refuse a console session before its socket opens; no default, so a wrapper passes it on.
     *
     * @throws RunRejectedException when a run or session would be refused now
     */
    void checkAccepting();

    /** Slots, how many are busy and how many requests wait. */
    NodeLoad load();

    /** The languages this node can run now. */
    List<LanguageInfo> languages();

    /** {@link #languages()} by id, in the same order. */
    default Map<String, LanguageInfo> languagesById() {
        Map<String, LanguageInfo> byId = new LinkedHashMap<>();
        languages().forEach(language -> byId.putIfAbsent(language.id(), language));
        return byId;
    }

    /** Default and maximum limits. */
    LimitsInfo limits();

    /** Whether the sandbox engine answers. */
    Health health();
}
