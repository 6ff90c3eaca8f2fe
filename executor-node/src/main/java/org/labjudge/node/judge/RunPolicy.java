package org.labjudge.node.judge;

import java.util.List;
import java.util.Objects;
import org.labjudge.node.admission.AdmissionPolicy;
import org.labjudge.protocol.Limits;

/**
 * What the worker admits and how it runs it.
 *
 * @param slots runs executing at once
 * @param admission when a run that finds every slot busy may wait, and when it is refused
 * @param defaults limits for values a request leaves out (complete)
 * @param max limits above which requested values are clamped (complete)
 * @param maxSourceBytes largest source plus extra files, in bytes
 * @param maxTests most test cases in one request
 * @param maxFiles most extra files in one request
 * @param slotCores the core each slot's sandboxes run on: slot i on {@code slotCores[i % size]} (more slots than
 *        cores share them); empty: sandboxes are not pinned
 * @param console how long console sessions may last
 */
public record RunPolicy(
        int slots, AdmissionPolicy admission, Limits defaults, Limits max, int maxSourceBytes, int maxTests, int maxFiles,
        List<Integer> slotCores, ConsolePolicy console) {

    public RunPolicy {
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(console, "console");
        if (slots <= 0 || maxSourceBytes <= 0 || maxTests <= 0 || maxFiles < 0) {
            throw new IllegalArgumentException("slots, caps and sizes must be positive");
        }
        slotCores = List.copyOf(slotCores);
        if (slotCores.stream().anyMatch(core -> core < 0)) {
            throw new IllegalArgumentException("cores are numbered from 0");
        }
        if (!defaults.complete() || !max.complete()) {
            throw new IllegalArgumentException("default and maximum limits must give every value");
        }
    }

    /** A policy whose sandboxes are not pinned to cores, with the default console limits. */
    public RunPolicy(int slots, AdmissionPolicy admission, Limits defaults, Limits max, int maxSourceBytes,
            int maxTests, int maxFiles) {
        this(slots, admission, defaults, max, maxSourceBytes, maxTests, maxFiles, List.of(), ConsolePolicy.DEFAULT);
    }

    /** The cores of slot {@code slot} as the engine writes them ({@code "1"}), {@code ""} when not pinned. */
    public String cpusetOf(int slot) {
        return slotCores.isEmpty() ? "" : String.valueOf(slotCores.get(slot % slotCores.size()));
    }
}
