package org.labjudge.installers.packaging;

import java.util.Locale;

/** The operating system packaging runs on: jpackage cannot cross-build, so it decides what is built. */
enum HostOs {
    LINUX, MAC, WINDOWS;

    /** This machine's OS; anything neither Windows nor macOS is treated as Linux. */
    static HostOs current() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            return WINDOWS;
        }
        return name.startsWith("mac") ? MAC : LINUX;
    }
}
