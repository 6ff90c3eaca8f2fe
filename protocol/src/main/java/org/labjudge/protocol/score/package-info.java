/**
 * The scoring rules of a scored run, in one place for the node that judges it and the client that assembles a
 * run from cached and fresh test results: which tests a group's {@code on_reject: break} skips, and the test,
 * group and total scores.
 */
package org.labjudge.protocol.score;
