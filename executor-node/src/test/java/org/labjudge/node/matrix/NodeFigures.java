package org.labjudge.node.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labjudge.node.sandbox.SandboxLabels;
import org.labjudge.node.testing.NodeJvm;

/**
 * What a node process holds at one moment: resident memory, the heap in use right after a full collection (the
 * figure a leak moves; RSS of a JVM rarely shrinks), threads, open files and its sandbox containers.
 */
record NodeFigures(double rssMb, double heapAfterGcMb, int threads, int openFiles, int containers) {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** A node's figures now (runs a full collection in it first, through jcmd). */
    static NodeFigures of(NodeJvm node) throws IOException, InterruptedException {
        long pid = node.process().pid();
        Path proc = Path.of("/proc", Long.toString(pid));
        double heap = heapAfterGc(pid);
        int threads = Files.readAllLines(proc.resolve("status")).stream().filter(l -> l.startsWith("Threads:"))
                .map(l -> Integer.parseInt(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
        int files;
        try (var fds = Files.list(proc.resolve("fd"))) {
            files = (int) fds.count();
        }
        return new NodeFigures(node.residentMb(), heap, threads, files, containersOf(node.nodeId()).size());
    }

    /** The ids of the engine's containers (running or not) labelled as sandboxes of {@code nodeId}. */
    static List<String> containersOf(String nodeId) throws IOException, InterruptedException {
        return output("docker", "ps", "-aq", "--filter", "label=" + SandboxLabels.NODE + "=" + nodeId).lines()
                .filter(l -> !l.isBlank()).toList();
    }

    /** The heap's generations' "used" after {@code GC.run}, in MB; NaN if jcmd did not say. */
    private static double heapAfterGc(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        output(jcmd, Long.toString(pid), "GC.run");
        long usedKb = 0;
        boolean any = false;
        for (String line : output(jcmd, Long.toString(pid), "GC.heap_info").lines().toList()) {
            // The generations' lines (serial: "def new generation", "tenured generation"), not Metaspace's.
            if (line.contains("generation") || line.contains("garbage-first heap")) {
                Matcher used = USED.matcher(line);
                if (used.find()) {
                    usedKb += Long.parseLong(used.group(1));
                    any = true;
                }
            }
        }
        return any ? usedKb / 1024.0 : Double.NaN;
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return text;
    }

    /**
     * How much more this holds than {@code before}, where it is more than warm-up's noise: a few MB of heap (the
     * result cache and JIT-compiled code settle at their sizes), a few threads (pools keep idle threads for a
     * minute), a few files and containers (a pool refills while it is measured). Empty when nothing grew.
     */
    List<String> growthOver(NodeFigures before) {
        List<String> grown = new ArrayList<>();
        if (heapAfterGcMb - before.heapAfterGcMb > Math.max(8, before.heapAfterGcMb * 0.25)) {
            grown.add(String.format(Locale.ROOT, "heap after GC %.1f -> %.1f MB", before.heapAfterGcMb, heapAfterGcMb));
        }
        if (rssMb - before.rssMb > Math.max(48, before.rssMb * 0.25)) {
            grown.add(String.format(Locale.ROOT, "RSS %.0f -> %.0f MB", before.rssMb, rssMb));
        }
        if (threads - before.threads > 4) {
            grown.add("threads " + before.threads + " -> " + threads);
        }
        if (openFiles - before.openFiles > 8) {
            grown.add("open files " + before.openFiles + " -> " + openFiles);
        }
        if (containers - before.containers > 2) {
            grown.add("containers " + before.containers + " -> " + containers);
        }
        return grown;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RSS %4.0f MB, heap after GC %5.1f MB, %3d threads, %3d open files, %2d containers",
                rssMb, heapAfterGcMb, threads, openFiles, containers);
    }
}
