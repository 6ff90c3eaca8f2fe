package org.labjudge.node.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A sandbox's cgroup counters read from the host's side. Under gVisor (runsc) the agent sees no cgroup that
 * counts (gVisor's kernel shows a tree of its own without OOM counters, whose CPU figures are clock time), so
 * OOM kills, forks refused at the process cap and CPU time are read here, in the cgroup the engine made for
 * the container (found from {@code /proc/<pid>/cgroup} of its main host process, whatever the cgroup version
 * and driver). Under the default runtime the agent reads them itself and this is not used.
 */
final class HostCgroup {
    private final Path oomFile;
    private final String oomKey;
    private final Path pidsEvents;
    /**
     * v1: {@code cpuacct.usage}, nanoseconds (null without a cpuacct hierarchy); v2: {@code cpu.stat}, whose
     * {@code usage_usec} is microseconds.
     */
    private final Path cpuFile;
    private final boolean cpuInNanos;

    private HostCgroup(Path oomFile, String oomKey, Path pidsEvents, Path cpuFile, boolean cpuInNanos) {
        this.oomFile = oomFile;
        this.oomKey = oomKey;
        this.pidsEvents = pidsEvents;
        this.cpuFile = cpuFile;
        this.cpuInNanos = cpuInNanos;
    }

    /** The cgroup of host process {@code pid}, as {@code /proc/<pid>/cgroup} names it. */
    static Optional<HostCgroup> ofProcess(long pid) {
        return of(Path.of("/proc"), Path.of("/sys/fs/cgroup"), pid);
    }

    /** {@link #ofProcess} with other roots than /proc and /sys/fs/cgroup (tests lay out a host's files). */
    static Optional<HostCgroup> of(Path proc, Path cgroupRoot, long pid) {
        List<String> lines;
        try {
            lines = Files.readAllLines(proc.resolve(Long.toString(pid)).resolve("cgroup"));
        } catch (IOException e) {
            return Optional.empty();
        }
        String memory = null;
        String pids = null;
        String cpuacct = null;
        String cpuacctDir = null;
        String unified = null;
        for (String line : lines) {
            String[] parts = line.split(":", 3); // id:controllers:path
            if (parts.length < 3) {
                continue;
            }
            if (parts[0].equals("0") && parts[1].isEmpty()) {
                unified = parts[2];
            }
            for (String controller : parts[1].split(",")) {
                if (controller.equals("memory")) {
                    memory = parts[2];
                } else if (controller.equals("pids")) {
                    pids = parts[2];
                } else if (controller.equals("cpuacct")) {
                    cpuacct = parts[2];
                    cpuacctDir = parts[1]; // the hierarchy's directory, often "cpu,cpuacct"
                }
            }
        }
        if (memory != null && pids != null) {
            // Without a cpuacct hierarchy the CPU time is unreadable (-1); the OOM and fork counters still count.
            Path cpu = cpuacct == null ? null : under(cgroupRoot.resolve(cpuacctDir), cpuacct).resolve("cpuacct.usage");
            return Optional.of(new HostCgroup(under(cgroupRoot.resolve("memory"), memory).resolve("memory.oom_control"),
                    "oom_kill", under(cgroupRoot.resolve("pids"), pids).resolve("pids.events"), cpu, true));
        }
        if (unified != null) {
            Path dir = under(cgroupRoot, unified);
            return Optional.of(new HostCgroup(dir.resolve("memory.events"), "oom_kill", dir.resolve("pids.events"),
                    dir.resolve("cpu.stat"), false));
        }
        return Optional.empty();
    }

    private static Path under(Path root, String cgroupPath) {
        return root.resolve(cgroupPath.startsWith("/") ? cgroupPath.substring(1) : cgroupPath);
    }

    /** OOM kills in the cgroup so far; -1 when not readable. */
    long oomKills() {
        return keyed(oomFile, oomKey);
    }

    /** Forks the pids limit refused so far; -1 when not readable. */
    long pidsRefused() {
        return keyed(pidsEvents, "max");
    }

    /**
     * CPU time every process of the cgroup has used so far, in microseconds; -1 when not readable. Under gVisor this is
     * the only true figure: the programs' own work and gVisor's kernel's work for them, as the host's scheduler ran it.
     */
    long cpuUs() {
        if (cpuFile == null) {
            return -1;
        }
        if (!cpuInNanos) {
            return keyed(cpuFile, "usage_usec");
        }
        try {
            return Long.parseLong(Files.readString(cpuFile).strip()) / 1000;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The value of {@code key N} in a flat keyed file such as memory.events. */
    private static long keyed(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key + " ")) {
                    return Long.parseLong(line.substring(key.length() + 1).strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
