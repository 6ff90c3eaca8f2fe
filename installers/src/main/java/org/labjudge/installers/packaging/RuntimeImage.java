package org.labjudge.installers.packaging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Java runtime bundled into a package, linked by jlink from the building JDK with only the
 * modules the application uses. Smaller than the runtime jpackage would link by default (all
 * modules), so the package builds and installs faster; reused while modules and JDK are unchanged.
 */
final class RuntimeImage {
    private static final Duration JLINK_TIMEOUT = Duration.ofMinutes(10);

    private RuntimeImage() {
    }

    /**
     * @param name names the folder ({@code runtime-<name>}) and the log
     * @return the runtime folder, current for {@code modules}
     */
    static Path link(PackagingContext context, String name, List<String> modules) {
        Path output = context.workDir().resolve("runtime-" + name);
        Path stamp = context.workDir().resolve("runtime-" + name + ".stamp");
        String key = new BuildStamp()
                .text("modules", String.join(",", modules))
                .text("java.home", System.getProperty("java.home"))
                .text("java.version", System.getProperty("java.runtime.version"))
                .value();
        if (BuildStamp.current(stamp, key, output)) {
            return output;
        }
        Trees.delete(output);
        Trees.delete(stamp);
        // --compress=0: links in half the time, starts a little faster, and the .deb's own
        // compression shrinks it about as much as jlink's would.
        Commands.run(List.of(JdkTools.jlink().toString(),
                        "--module-path", JdkTools.jmods().toString(),
                        "--add-modules", String.join(",", modules),
                        "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=0",
                        "--output", output.toString()),
                Map.of(), context.log("jlink-" + name), JLINK_TIMEOUT);
        BuildStamp.write(stamp, key);
        return output;
    }
}
