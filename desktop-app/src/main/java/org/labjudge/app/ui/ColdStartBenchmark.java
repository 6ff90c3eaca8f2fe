package org.labjudge.app.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures the cold start: from the JVM's start to a shown window whose editor has the keyboard focus and
 * accepts typing, then prints it and exits. Needs a display (use {@code xvfb-run} on a server). Run it as a
 * fresh JVM each time: {@code java -cp ... org.labjudge.app.ui.ColdStartBenchmark}.
 */
public final class ColdStartBenchmark {

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Measured.class, args);
    }

    private static long processCpuMillis() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** The app as {@link LabJudgeApp} starts it, with a stopwatch. */
    public static final class Measured extends Application {
        @Override
        public void start(Stage stage) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long toolkitUp = System.currentTimeMillis() - jvmStart;
            MainWindow window = new MainWindow(stage, AppContext.standard());
            long built = System.currentTimeMillis() - jvmStart;
            stage.show();
            long shown = System.currentTimeMillis() - jvmStart;
            window.start();
            window.activeEditor().ifPresent(editor -> editor.area().requestFocus());
            // The next pulse has laid out and painted the window; by then the editor takes keys.
            Platform.runLater(() -> Platform.runLater(() -> {
                boolean editable = window.activeEditor()
                        .map(editor -> editor.area().isEditable() && editor.area().isFocused())
                        .orElse(false);
                long elapsed = System.currentTimeMillis() - jvmStart;
                System.out.println("cold start to an editable window: " + elapsed + " ms"
                        + (editable ? "" : " (warning: the editor did not have the focus)"));
                System.out.println("  CPU time used by then: " + processCpuMillis() + " ms (all threads; on a busy"
                        + " machine the wall time above is mostly waiting for a core)");
                System.out.println("  JavaFX up " + toolkitUp + " ms, window built " + built + " ms, shown " + shown
                        + " ms, first frame " + elapsed + " ms");
                System.out.println(elapsed < 2000 ? "within the 2 s target" : "OVER the 2 s target");
                Platform.exit();
            }));
        }
    }
}
