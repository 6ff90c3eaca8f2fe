package org.labjudge.installers.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The desktop app (editor and command-line mode, one launcher) as an app-image, a .deb with a menu
 * entry, an .msi or a .dmg; each native installer only on its own OS, since the shaded jar carries
 * JavaFX's native code for the OS it was built for. Recipes under {@code installers/packaging/desktop}.
 */
public final class DesktopPackage {
    /** The main class of the shaded jar: a subcommand runs the command-line mode, none the editor. */
    public static final String MAIN_CLASS = "org.labjudge.app.cli.LabJudgeMain";
    public static final String LINUX_NAME = "labjudge";
    public static final String OTHER_NAME = "LabJudge";

    /**
     * {@code jdeps --print-module-deps} over the shaded jar (JavaFX included), plus jdk.crypto.ec for
     * node lists and nodes behind https, jdk.httpserver for the Competitive Companion receiver, and
     * jdk.random for the pool client's balancer ({@code RandomGenerator.getDefault()}, which jdeps does
     * not see, as {@link ServerPackage} says). Rerun jdeps when the app gains a library.
     */
    static final List<String> MODULES = List.of(
            "java.base", "java.desktop", "java.management", "java.sql", "jdk.jfr", "jdk.unsupported",
            "jdk.crypto.ec", "jdk.httpserver", "jdk.random");

    private final PackagingContext context;
    private final Path appJar;

    /** @param appJar the shaded {@code desktop-app-<version>-all.jar} */
    public DesktopPackage(PackagingContext context, Path appJar) {
        this.context = context;
        this.appJar = appJar.toAbsolutePath().normalize();
    }

    /** The launcher's name on this OS: lower case on Linux, as commands are. */
    public static String name(PackageType type) {
        return type == PackageType.MSI || type == PackageType.DMG || !isLinux() ? OTHER_NAME : LINUX_NAME;
    }

    /**
     * Builds the package unless an identical one is already there.
     *
     * @return the installer file, or the app-image folder
     */
    public Path build(PackageType type) {
        Trees.requireFile(appJar, "desktop app jar (build it: mvn -pl desktop-app -am package)");
        if (type == PackageType.DEB) {
            DebTools.require();
        }
        Path recipes = context.recipes("desktop");
        String name = name(type);
        boolean cds = (type == PackageType.APP_IMAGE || type == PackageType.DEB) && AppCds.supported();
        Path dest = context.outputDir().resolve("desktop").resolve(type.jpackageName());
        Path stamp = dest.resolve(".stamp");
        String key = new BuildStamp()
                .text("type", type)
                .text("version", context.appVersion())
                .text("modules", MODULES)
                .text("cds", cds)
                .file(appJar)
                .file(JvmOptions.file(context, JvmOptions.APP))
                .tree(recipes)
                .value();
        Path existing = output(dest, type, name);
        if (existing != null && BuildStamp.current(stamp, key, existing)) {
            return existing;
        }
        Path runtime = Runtimes.get(context, Runtimes.DESKTOP);
        Path input = Trees.fresh(context.workDir().resolve("desktop-input"));
        Trees.copyInto(appJar, input);
        if (cds) {
            AppCds.prepare(context, runtime, input, input.resolve(appJar.getFileName()));
        }
        Path resources = Trees.fresh(context.workDir().resolve("desktop-resources-" + type.jpackageName()));
        Path icon = AppIcon.write(context.workDir().resolve("icons").resolve(name + iconExtension(type)));
        Trees.fresh(dest);

        List<String> command = new JpackageApp(name, "Write code and have it judged on the lab's LabJudge pool",
                input, appJar, MAIN_CLASS, runtime).command(type, context.appVersion(), dest);
        command.addAll(List.of("--icon", icon.toString(), "--resource-dir", resources.toString()));
        if (cds) {
            AppCds.javaOptions(context).forEach(option -> command.addAll(List.of("--java-options", option)));
        }
        switch (type) {
            case DEB -> {
                // jpackage fills in the template and installs it with xdg-desktop-menu at postinst.
                copyTemplate(recipes.resolve("labjudge.desktop"), resources.resolve(name + ".desktop"));
                // jpackage's own scripts plus the /usr/bin/labjudge command; its placeholders stay.
                copyTemplate(recipes.resolve("debian/postinst"), resources.resolve("postinst"));
                copyTemplate(recipes.resolve("debian/prerm"), resources.resolve("prerm"));
                command.addAll(List.of(
                        "--install-dir", "/opt",
                        "--linux-package-name", LINUX_NAME,
                        "--linux-deb-maintainer", "labjudge@localhost",
                        "--linux-app-category", "devel",
                        "--linux-shortcut",
                        "--linux-menu-group", "Development;Education;",
                        // JavaFX loads GTK 3 itself, so jpackage's ldd scan does not see it.
                        "--linux-package-deps", "libgtk-3-0 | libgtk-3-0t64"));
            }
            case MSI -> {
                // A second launcher with a console window, for the command-line mode in cmd.exe.
                Path console = resources.resolve("labjudge-cli.properties");
                write(console, "win-console=true\n");
                command.addAll(List.of(
                        "--win-menu", "--win-menu-group", "LabJudge", "--win-shortcut",
                        "--win-dir-chooser", "--win-per-user-install",
                        // Fixed, so a newer .msi replaces an older one instead of installing beside it.
                        "--win-upgrade-uuid", "6c0f5a51-4a8e-4f0e-9a8a-3f3d3f1c2b7e",
                        "--add-launcher", "labjudge-cli=" + console));
            }
            case DMG -> command.addAll(List.of(
                    "--mac-package-identifier", "org.labjudge.app",
                    "--mac-package-name", OTHER_NAME));
            case APP_IMAGE -> {
            }
            default -> throw new IllegalStateException("unexpected " + type);
        }
        JpackageApp.run(command, context.log("jpackage-desktop-" + type));
        Path built = output(dest, type, name);
        if (built == null) {
            throw new PackagingException("jpackage left no " + type + " in " + dest);
        }
        if (cds && type == PackageType.APP_IMAGE) {
            AppCds.dumpInto(context, built);
        }
        BuildStamp.write(stamp, key);
        return built;
    }

    private static String iconExtension(PackageType type) {
        return switch (type) {
            case MSI -> ".ico";
            case DMG -> ".icns";
            default -> isLinux() ? ".png" : isMac() ? ".icns" : ".ico";
        };
    }

    private static void copyTemplate(Path template, Path target) {
        try {
            Files.copy(template, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + template, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static boolean isLinux() {
        return HostOs.current() == HostOs.LINUX;
    }

    private static Path output(Path dest, PackageType type, String name) {
        if (type == PackageType.APP_IMAGE) {
            Path image = dest.resolve(isMac() ? name + ".app" : name);
            return Files.isDirectory(image) ? image : null;
        }
        return Trees.firstEndingWith(dest, "." + type.jpackageName());
    }

    private static boolean isMac() {
        return HostOs.current() == HostOs.MAC;
    }
}
