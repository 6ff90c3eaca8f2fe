package org.labjudge.app.ui.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The editor's cold start, from the JVM's start to a shown window whose editor has the focus and accepts typing,
 * with and without an AppCDS archive, in one run: a training run makes the archive, then {@code runs} fresh JVMs
 * of each kind, taken in turns so a change in the machine's load hits both alike. Prints every run, the medians,
 * the CPU time and whether the median with the archive is under the 1 s goal. Needs a display:
 * {@code bin/coldstart-benchmark [runs]} uses {@code xvfb-run} when there is none.
 */
public final class ColdStartBenchmark {

    static final long GOAL_MS = 1000;

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ChildJvm jvm = ChildJvm.likeThisOne();
        System.out.println("cold start to an editable window, " + runs + " fresh JVMs each way; flags "
                + String.join(" ", jvm.flags()) + "; load average " + loadAverage());
        Path dir = Files.createTempDirectory("labjudge-coldstart-cds");
        Path archive = dir.resolve("app.jsa");
        try {
            // The same training as bin/app-cds: one start of the window, archived at exit.
            ColdStart training = jvm.probe(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off"));
            System.out.printf("training run (writes the archive, %d KB): %d ms%n",
                    Files.size(archive) / 1024, training.wallMs());
            List<ColdStart> without = new ArrayList<>();
            List<ColdStart> with = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                without.add(report("without CDS", i, jvm.probe(List.of())));
                with.add(report("with CDS   ", i, jvm.probe(List.of("-XX:SharedArchiveFile=" + archive))));
            }
            System.out.println(summary("without CDS", without));
            System.out.println(summary("with CDS   ", with));
            long median = median(with, ColdStart::wallMs);
            System.out.printf("median with CDS %d ms: %s; load average now %s%n", median,
                    median < GOAL_MS ? "within the 1 s goal" : "OVER the 1 s goal", loadAverage());
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(dir);
        }
    }

    private static ColdStart report(String kind, int run, ColdStart start) {
        System.out.printf("  %s #%d: %5d ms (CPU %5d ms; JavaFX up %d, built %d, shown %d)%s%n", kind, run,
                start.wallMs(), start.cpuMs(), start.toolkitMs(), start.builtMs(), start.shownMs(),
                start.editable() ? "" : " warning: the editor did not have the focus");
        return start;
    }

    private static String summary(String kind, List<ColdStart> starts) {
        return String.format("median %s: %5d ms (CPU %d ms; JavaFX up %d, built %d, shown %d)", kind,
                median(starts, ColdStart::wallMs), median(starts, ColdStart::cpuMs),
                median(starts, ColdStart::toolkitMs), median(starts, ColdStart::builtMs),
                median(starts, ColdStart::shownMs));
    }

    static long median(List<ColdStart> starts, ToLongFunction<ColdStart> field) {
        long[] values = starts.stream().mapToLong(field).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** The 1, 5 and 15 minute load averages, as uptime shows them. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }
}
