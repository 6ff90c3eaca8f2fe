package org.labjudge.protocol;

/**
 * The outcome of one {@link TestGroup}: its verdict (its first test's that did not pass, else
 * {@link Verdict#ACCEPTED}), its {@code score} and the most it could score ({@code maxScore}), and how many of
 * its {@code tests} {@code passed}.
 */
public record GroupResult(String name, Verdict verdict, double score, double maxScore, int passed, int tests) {
}
