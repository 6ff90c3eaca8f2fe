package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app's .deb: its menu entry (the .desktop file jpackage fills in from
 * installers/packaging/desktop and installs with xdg-desktop-menu), its icon, its launcher, and the
 * AppCDS archive its postinst makes.
 */
@Tag("packaging")
class DesktopDebTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    static Path tmp;

    static Path deb;
    static Path app;

    @BeforeAll
    static void buildAndUnpack() {
        deb = new DesktopPackage(Packaging.context(), Packaging.appJar()).build(PackageType.DEB);
        Path root = tmp.resolve("root");
        Proc.ok(TIMEOUT, "dpkg-deb", "-x", deb.toString(), root.toString());
        app = root.resolve("opt").resolve(DesktopPackage.LINUX_NAME);
    }

    @Test
    void launcherFromThePackagePrintsTheAppVersion() {
        String output = Proc.ok(TIMEOUT, app.resolve("bin/labjudge").toString(), "--version").output();
        assertThat(output.strip()).endsWith("labjudge " + Packaging.version());
    }

    @Test
    void menuEntryStartsTheEditorWithTheIcon() throws IOException {
        Map<String, String> entry = desktopEntry();
        assertThat(entry.get("Name")).isEqualTo("LabJudge");
        assertThat(entry.get("Exec")).isEqualTo("/opt/labjudge/bin/labjudge");
        assertThat(entry.get("Type")).isEqualTo("Application");
        assertThat(entry.get("Terminal")).isEqualTo("false");
        assertThat(entry.get("Categories")).contains("Development;", "Education;");
        String icon = entry.get("Icon");
        assertThat(icon).startsWith("/opt/labjudge/");
        assertThat(app.resolveSibling("..").resolve(icon.substring(1)).normalize()).isNotEmptyFile();
        if (Proc.onPath("desktop-file-validate")) {
            Proc.ok(TIMEOUT, "desktop-file-validate", desktopFile().toString());
        }
    }

    @Test
    void windowClassNamesTheAppsJavaFxClass() throws IOException {
        // Docks match the running window to the menu entry by this class; it must exist in the app.
        String windowClass = desktopEntry().get("StartupWMClass");
        try (JarFile jar = new JarFile(Packaging.appJar().toFile())) {
            assertThat(jar.getEntry(windowClass.replace('.', '/') + ".class")).as(windowClass).isNotNull();
        }
    }

    @Test
    void installScriptsRegisterTheMenuEntryAndTheCommandAndControlNamesGtk() {
        Path control = tmp.resolve("control");
        Proc.ok(TIMEOUT, "dpkg-deb", "-e", deb.toString(), control.toString());
        assertThat(control.resolve("postinst")).content().contains("xdg-desktop-menu install")
                .contains("ln -sf /opt/labjudge/bin/labjudge /usr/bin/labjudge")
                .contains("sh /opt/labjudge/lib/app/" + AppCds.SCRIPT)
                .doesNotContain("DESKTOP_COMMANDS_INSTALL");
        assertThat(control.resolve("prerm")).content().contains("xdg-desktop-menu uninstall")
                .contains("rm -f /usr/bin/labjudge")
                .contains("rm -f /opt/labjudge/lib/app/" + AppCds.ARCHIVE)
                .doesNotContain("UTILITY_SCRIPTS");
        for (String script : new String[] {"postinst", "prerm", "postrm"}) {
            Proc.ok(TIMEOUT, "sh", "-n", control.resolve(script).toString());
        }
        String fields = Proc.ok(TIMEOUT, "dpkg-deb", "-f", deb.toString()).output();
        assertThat(fields).contains("Package: labjudge").contains("libgtk-3-0 | libgtk-3-0t64");
    }

    @Test
    void postinstsScriptMakesTheArchiveTheLauncherStartsFrom() {
        Path appDir = app.resolve("lib").resolve("app");
        // An archive holds only where it was made, so the package carries the class list, not an archive.
        assertThat(appDir.resolve(AppCds.ARCHIVE)).doesNotExist();
        assertThat(appDir.resolve(AppCds.CLASSLIST)).content().contains("org/labjudge/app/ui/MainWindow");
        // What postinst runs, on the unpacked files (it finds the app from its own location).
        Proc.ok(TIMEOUT, "sh", appDir.resolve(AppCds.SCRIPT).toString());
        assertThat(appDir.resolve(AppCds.ARCHIVE)).isNotEmptyFile();
        SharedArchive.assertLauncherUsesIt(app.resolve("bin/labjudge"), tmp.resolve("version-classes.log"));
    }

    private static Path desktopFile() throws IOException {
        try (var files = Files.list(app.resolve("lib"))) {
            return files.filter(p -> p.toString().endsWith(".desktop")).findFirst()
                    .orElseThrow(() -> new AssertionError("no .desktop file in " + app.resolve("lib")));
        }
    }

    private static Map<String, String> desktopEntry() throws IOException {
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : Files.readAllLines(desktopFile())) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                entry.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return entry;
    }
}
