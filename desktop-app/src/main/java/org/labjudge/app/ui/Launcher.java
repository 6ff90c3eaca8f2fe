package org.labjudge.app.ui;

import java.io.PrintWriter;
import javafx.application.Application;
import org.labjudge.app.cli.LabJudgeMain;

/**
 * Starts the desktop app, or, on a machine without a display, {@code labjudge demo} (judge the bundled
 * problems' reference solutions on the pool and print the verdicts). A separate main class, because a class
 * extending {@code Application} cannot be a plain jar's {@code Main-Class}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (!hasDisplay()) {
            System.out.println("No display found (DISPLAY is not set): running the headless demo instead.");
            String[] demo = new String[args.length + 1];
            demo[0] = "demo";
            System.arraycopy(args, 0, demo, 1, args.length);
            System.exit(LabJudgeMain.run(demo, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
        }
        Application.launch(LabJudgeApp.class, args);
    }

    /** On Linux a window needs an X or Wayland display; macOS and Windows always have one. */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux") && !os.contains("bsd")) {
            return true;
        }
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
