package org.labjudge.app.ui.coldstart;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.labjudge.app.ui.AppContext;
import org.labjudge.app.ui.FirstFrame;
import org.labjudge.app.ui.MainWindow;
import org.labjudge.app.ui.problem.BundledProblems;
import org.labjudge.app.ui.settings.Settings;
import org.labjudge.app.ui.settings.SettingsStore;

/**
 * One cold start in this JVM: opens the window as {@code LabJudgeApp} does, waits for the first frame with a
 * focused, editable editor, prints a {@link ColdStart} line and exits. Needs a display. {@link
 * ColdStartBenchmark} runs it in fresh JVMs; {@code bin/app-cds} runs it once to train the AppCDS archive.
 *
 * <p>Side-effect free: settings live in a temporary folder, and the pool is one unreachable loopback node, so
 * the pool client starts as it would (its classes load, its threads run) without a real node or starting an
 * embedded one.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Measured.class, args);
    }

    /** The context the probe runs in: nothing of the user's, nothing reachable. */
    static AppContext isolatedContext() throws IOException {
        Path home = Files.createTempDirectory("labjudge-coldstart");
        home.toFile().deleteOnExit();
        Path nodes = home.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\": [{\"name\": \"none\", \"url\": \"http://127.0.0.1:9\"}]}");
        nodes.toFile().deleteOnExit();
        home.resolve("settings.json").toFile().deleteOnExit();
        home.resolve("session.json").toFile().deleteOnExit();
        SettingsStore settings = new SettingsStore(home.resolve("settings.json"));
        settings.save(Settings.defaults().withNodeList(nodes.toString()));
        return new AppContext(settings, BundledProblems.locate().orElse(null), Optional::empty);
    }

    /** From java.base, so the probe also runs on the packages' trimmed runtime (no jdk.management there). */
    private static long processCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** The app's start, with a stopwatch. */
    public static final class Measured extends Application {
        @Override
        public void start(Stage stage) throws IOException {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long toolkitUp = System.currentTimeMillis() - jvmStart;
            MainWindow window = new MainWindow(stage, isolatedContext());
            long built = System.currentTimeMillis() - jvmStart;
            stage.show();
            long shown = System.currentTimeMillis() - jvmStart;
            window.start();
            window.activeEditor().ifPresent(editor -> editor.area().requestFocus());
            // The first layout pulse has handed the frame to the renderer; from then the editor takes keys.
            FirstFrame.then(stage.getScene(), () -> {
                try {
                    boolean editable = window.activeEditor()
                            .map(editor -> editor.area().isEditable() && editor.area().isFocused())
                            .orElse(false);
                    long elapsed = System.currentTimeMillis() - jvmStart;
                    System.out.println(new ColdStart(elapsed, processCpuMillis(), toolkitUp, built, shown, editable)
                            .toLine());
                } finally {
                    // Whatever happened, end: a training run or a benchmark must not wait for a window nobody closes.
                    stage.hide();
                    Platform.exit();
                }
            });
        }
    }
}
