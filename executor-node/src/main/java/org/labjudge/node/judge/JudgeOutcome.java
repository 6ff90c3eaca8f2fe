package org.labjudge.node.judge;

import java.util.List;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** What the judge found: the compile step (null for interpreted languages) and each test. */
record JudgeOutcome(CompileResult compile, List<TestResult> tests, Verdict verdict) {}
