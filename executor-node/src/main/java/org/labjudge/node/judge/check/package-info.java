/**
 * Output checkers of the judge: they compare a test's expected output with what the student's
 * program printed and explain a rejection in one short line.
 *
 * <p>Plain Java; of the rest of the project it knows only the wire protocol's
 * {@link org.labjudge.protocol.CheckerType}. Entry point:
 * {@link org.labjudge.node.judge.check.Checkers#of(org.labjudge.protocol.CheckerType, CheckOptions)}.
 *
 * <ul>
 *   <li>{@code exact}: {@link org.labjudge.node.judge.check.ExactChecker}, identical text.</li>
 *   <li>{@code lines}: {@link org.labjudge.node.judge.check.LinesChecker}, line by line, CRLF as
 *       LF, trailing whitespace on a line and trailing blank lines ignored.</li>
 *   <li>{@code tokens} (default): {@link org.labjudge.node.judge.check.TokensChecker}, the rules of
 *       the Kattis default output validator, configured by {@link CheckOptions}.</li>
 * </ul>
 */
package org.labjudge.node.judge.check;
