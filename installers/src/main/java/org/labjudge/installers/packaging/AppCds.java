package org.labjudge.installers.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The desktop app's AppCDS archive in its packages (Linux): a training start of the editor under Xvfb records the
 * classes it loads ({@code labjudge.classlist}, shipped in {@code lib/app}); the shipped script
 * {@code labjudge-cds} turns that list into {@code lib/app/labjudge.jsa} where the app lies (the app-image at
 * packaging time, the .deb at install), and the launcher's options point there. CDS archives check their jar's
 * path, so an archive cannot travel in the .deb; the class list can.
 */
final class AppCds {
    static final String CLASSLIST = "labjudge.classlist";
    static final String ARCHIVE = "labjudge.jsa";
    static final String SCRIPT = "labjudge-cds";
    /** The launcher's start-up flags, shipped for the script: the archive must be made with the same. */
    static final String FLAGS = "labjudge.jvm-options";
    static final String PROBE = "org.labjudge.app.ui.coldstart.ColdStartProbe";

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private AppCds() {
    }

    /** Whether this machine can run the training (Linux with xvfb-run). */
    static boolean supported() {
        return HostOs.current() == HostOs.LINUX
                && onPath("xvfb-run");
    }

    /** The launcher's start-up flags, as bin/labjudge's ({@code installers/scripts/app-jvm-options}). */
    static List<String> startFlags(PackagingContext context) {
        return JvmOptions.read(JvmOptions.file(context, JvmOptions.APP));
    }

    /** The launcher's java options: the start-up flags and the archive, silent when it is missing or stale. */
    static List<String> javaOptions(PackagingContext context) {
        List<String> options = new ArrayList<>(startFlags(context));
        // $APPDIR: jpackage's launcher puts the folder of the app's jars there (lib/app).
        options.add("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE);
        options.add("-Xlog:cds*=off");
        return options;
    }

    /**
     * Puts the class list (a training start of the editor on {@code runtime}) and the script into {@code input},
     * the folder jpackage copies to {@code lib/app}.
     */
    static void prepare(PackagingContext context, Path runtime, Path input, Path appJar) {
        Path classlist = input.resolve(CLASSLIST);
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
                runtime.resolve("bin").resolve("java").toString()));
        command.addAll(startFlags(context));
        command.addAll(List.of("-XX:DumpLoadedClassList=" + classlist, "-cp", appJar.toString(), PROBE));
        Commands.run(command, Map.of(), context.log("cds-training"), TIMEOUT);
        try {
            Files.copy(context.recipes("desktop").resolve(SCRIPT), input.resolve(SCRIPT));
            Files.copy(JvmOptions.file(context, JvmOptions.APP), input.resolve(FLAGS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + SCRIPT, e);
        }
    }

    /** Makes the archive inside a built app-image, as the .deb's postinst does at install. */
    static void dumpInto(PackagingContext context, Path appImage) {
        Path script = appImage.resolve("lib").resolve("app").resolve(SCRIPT);
        Commands.run(List.of("sh", script.toString()), Map.of(), context.log("cds-archive"), TIMEOUT);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
