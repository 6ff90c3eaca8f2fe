package org.labjudge.installers.packaging;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What jpackage needs to build a .deb besides the JDK: fakeroot and dpkg-deb on the PATH. */
final class DebTools {
    private DebTools() {
    }

    static void require() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("fakeroot", "dpkg-deb")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            throw new PackagingException("building a .deb needs " + String.join(" and ", missing)
                    + " (on Debian: apt-get install fakeroot dpkg)");
        }
    }

    /**
     * gzip instead of dpkg-deb's default xz: xz over a bundled runtime and a fat jar takes minutes
     * on two cores, gzip seconds, for a package about 5% larger that every dpkg can read.
     */
    static Map<String, String> environment() {
        return Map.of("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
