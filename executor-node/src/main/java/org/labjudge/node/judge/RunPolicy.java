package org.labjudge.node.judge;

import org.labjudge.protocol.Limits;

/**
 * What the worker admits and how it runs it.
 *
 * @param slots runs executing at once
 * @param maxQueue requests that may wait for a slot
 * @param defaults limits for values a request leaves out (complete)
 * @param max limits above which requested values are clamped (complete)
 * @param maxSourceBytes largest source plus extra files, in bytes
 * @param maxTests most test cases in one request
 * @param maxFiles most extra files in one request
 */
public record RunPolicy(
        int slots, int maxQueue, Limits defaults, Limits max, int maxSourceBytes, int maxTests, int maxFiles) {

    public RunPolicy {
        if (slots <= 0 || maxQueue < 0 || maxSourceBytes <= 0 || maxTests <= 0 || maxFiles < 0) {
            throw new IllegalArgumentException("slots, caps and sizes must be positive");
        }
        if (!defaults.complete() || !max.complete()) {
            throw new IllegalArgumentException("default and maximum limits must give every value");
        }
    }
}
