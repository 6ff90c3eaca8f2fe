package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the desktop app's app-image (skipped when current) and starts its launcher: the
 * command-line mode answers {@code --version}, and, where Xvfb is installed, the editor opens a
 * window on the bundled runtime and keeps running, its classes loaded from the image's AppCDS archive.
 */
@Tag("packaging")
class DesktopAppImageTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    static Path tmp;

    static Path image;
    static Path launcher;

    @BeforeAll
    static void build() {
        image = new DesktopPackage(Packaging.context(), Packaging.appJar()).build(PackageType.APP_IMAGE);
        launcher = image.resolve("bin").resolve(DesktopPackage.LINUX_NAME);
    }

    @Test
    void launcherPrintsTheAppVersion() {
        Proc.Result result = Proc.ok(TIMEOUT, launcher.toString(), "--version");
        assertThat(result.output().strip()).endsWith("labjudge " + Packaging.version());
    }

    @Test
    void launcherOffersTheCommandLineMode() {
        String help = Proc.ok(TIMEOUT, launcher.toString(), "--help").output();
        assertThat(help).contains("nodes", "run", "judge", "grade");
    }

    @Test
    void imageCarriesTheIconAndTheTrimmedRuntime() throws IOException {
        assertThat(image.resolve("lib").resolve(DesktopPackage.LINUX_NAME + ".png")).isNotEmptyFile();
        String release = Files.readString(image.resolve("lib/runtime/release"));
        String modules = release.replaceAll("(?s).*MODULES=\"([^\"]*)\".*", "$1");
        assertThat(Arrays.asList(modules.split(" "))).containsAll(DesktopPackage.MODULES)
                .doesNotContain("jdk.compiler", "jdk.jshell");
    }

    @Test
    void launcherStartsFromTheAppCdsArchiveMadeInTheImage() {
        Path app = image.resolve("lib").resolve("app");
        assertThat(app.resolve(AppCds.ARCHIVE)).isNotEmptyFile();
        // Trained on the editor, not only the command line.
        assertThat(app.resolve(AppCds.CLASSLIST)).content().contains("org/labjudge/app/ui/MainWindow");
        assertThat(app.resolve(DesktopPackage.LINUX_NAME + ".cfg")).content()
                .contains("-XX:SharedArchiveFile=$APPDIR/" + AppCds.ARCHIVE);
        SharedArchive.assertLauncherUsesIt(launcher, tmp.resolve("version-classes.log"));
    }

    @Test
    void editorOpensItsWindowUnderXvfb() throws Exception {
        assumeTrue(Proc.onPath("xvfb-run") && Proc.onPath("xwininfo"),
                "needs xvfb-run and xwininfo (apt-get install xvfb x11-utils libgtk-3-0)");
        // One unreachable loopback node: the editor starts without any real node or local engine.
        Path nodes = tmp.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\": [{\"name\": \"none\", \"url\": \"http://127.0.0.1:9\"}]}");
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path log = tmp.resolve("editor.log");
        // Inside the X server: start the editor, wait for its top-level window, list it, stop it.
        Path script = tmp.resolve("editor.sh");
        Files.writeString(script, String.join("\n",
                "\"$1\" --nodes \"$2\" >\"$3\" 2>&1 &",
                "pid=$!",
                "for i in $(seq 1 60); do",
                "  sleep 0.5",
                "  if xwininfo -root -tree | grep '\"LabJudge'; then kill $pid; wait $pid; exit 0; fi",
                "  kill -0 $pid 2>/dev/null || exit 3",
                "done",
                "kill $pid; exit 4", ""));
        Path classes = tmp.resolve("editor-classes.log");
        Map<String, String> environment = new java.util.HashMap<>(SharedArchive.required(classes));
        environment.put("HOME", home.toString());
        Proc.Result result = Proc.run(Duration.ofMinutes(2), environment,
                List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "sh", script.toString(),
                        launcher.toString(), nodes.toString(), log.toString()));
        String output = Files.exists(log) ? Files.readString(log) : "";
        assertThat(result.exitCode()).as("a LabJudge window within 30 s; the editor printed:%n%s", output).isZero();
        assertThat(result.output()).contains("\"LabJudge");
        assertThat(output).doesNotContain("Exception in");
        // The window's own classes came from the archive, not from the jar.
        assertThat(classes).content().contains("org.labjudge.app.ui.MainWindow source: shared objects file");
    }
}
