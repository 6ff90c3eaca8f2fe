package org.labjudge.node.api.jobe;

import org.labjudge.node.judge.RunOptions;
import org.labjudge.protocol.RunRequest;

/** A Jobe run as the node's run service takes it. */
record JobeRun(RunRequest request, RunOptions options) {}
