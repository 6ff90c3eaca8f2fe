package org.labjudge.installers.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The executor node as a Debian package ({@code labjudge-node}, installed in /opt/labjudge-node)
 * or as a bare app-image. Recipes under {@code installers/packaging/node}: the systemd unit, the
 * config tool, and the maintainer scripts and control file that jpackage fills in. The JVM options
 * come from {@code installers/scripts/node-jvm-options}, the file bin/executor-node also reads.
 */
public final class NodePackage {
    public static final String NAME = "labjudge-node";
    public static final String MAIN_CLASS = "org.labjudge.node.cli.NodeMain";
    public static final String UNIT_FILE = "labjudge-node.service";
    public static final String CONFIG_TOOL = "labjudge-node-config";

    /**
     * What the node uses at run time. {@code jdeps --print-module-deps} over the shaded jar also names
     * java.desktop, java.compiler, java.instrument and java.rmi, for library code the node never runs
     * (Jetty's leak preventers and JNDI, commons-compress pack200, annotations); leaving them out keeps
     * X11 and sound libraries out of a server's dependencies. jdk.crypto.ec: DOCKER_HOST over TLS.
     * The packaging tests run the packaged node for real, which is what proves this list.
     */
    static final List<String> MODULES = List.of(
            "java.base", "java.management", "java.naming", "java.security.jgss", "java.sql",
            "jdk.unsupported", "jdk.crypto.ec");

    private final PackagingContext context;
    private final Path nodeJar;

    /** @param nodeJar the shaded {@code executor-node-<version>-all.jar} */
    public NodePackage(PackagingContext context, Path nodeJar) {
        this.context = context;
        this.nodeJar = nodeJar.toAbsolutePath().normalize();
    }

    /**
     * Builds the package unless an identical one is already there.
     *
     * @return the .deb file, or the app-image folder ({@code .../labjudge-node})
     */
    public Path build(PackageType type) {
        if (type != PackageType.DEB && type != PackageType.APP_IMAGE) {
            throw new PackagingException("the executor node is packaged for Linux only (deb, app-image), not " + type);
        }
        Trees.requireFile(nodeJar, "executor node jar (build it: mvn -pl executor-node -am package)");
        Path recipes = context.recipes("node");
        Path jvmOptions = JvmOptions.file(context, JvmOptions.NODE);
        Trees.requireFile(jvmOptions, "node JVM options");
        // The unit's Documentation= points at the admin guide shipped next to it.
        Path adminGuide = context.installersDir().resolve("ADMIN.md");
        Trees.requireFile(adminGuide, "admin guide");
        if (type == PackageType.DEB) {
            DebTools.require();
        }
        Path dest = context.outputDir().resolve("node").resolve(type.jpackageName());
        Path stamp = dest.resolve(".stamp");
        String key = new BuildStamp()
                .text("type", type)
                .text("version", context.appVersion())
                .text("modules", MODULES)
                .file(nodeJar)
                .file(jvmOptions)
                .file(adminGuide)
                .tree(recipes)
                .value();
        Path existing = output(dest, type);
        if (existing != null && BuildStamp.current(stamp, key, existing)) {
            return existing;
        }
        Path runtime = Runtimes.get(context, Runtimes.NODE);
        Path input = Trees.fresh(context.workDir().resolve("node-input"));
        Trees.copyInto(nodeJar, input);
        Trees.copyInto(recipes.resolve(UNIT_FILE), input);
        Trees.copyInto(recipes.resolve(CONFIG_TOOL), input);
        Trees.copyInto(adminGuide, input);
        Trees.fresh(dest);

        List<String> command = new JpackageApp(NAME,
                "LabJudge executor node: compiles and judges programs in Docker sandboxes",
                input, nodeJar, MAIN_CLASS, runtime).command(type, context.appVersion(), dest);
        for (String option : JvmOptions.read(jvmOptions)) {
            command.add("--java-options");
            command.add(option);
        }
        if (type == PackageType.DEB) {
            command.addAll(List.of(
                    "--resource-dir", recipes.resolve("debian").toString(),
                    "--install-dir", "/opt",
                    "--linux-package-name", NAME,
                    "--linux-deb-maintainer", "labjudge@localhost",
                    "--linux-app-category", "net",
                    // useradd/usermod/groupadd in postinst.
                    "--linux-package-deps", "passwd"));
        }
        JpackageApp.run(command, context.log("jpackage-node-" + type));
        Path built = output(dest, type);
        if (built == null) {
            throw new PackagingException("jpackage left no " + type + " in " + dest);
        }
        BuildStamp.write(stamp, key);
        return built;
    }


    private static Path output(Path dest, PackageType type) {
        if (type == PackageType.APP_IMAGE) {
            Path image = dest.resolve(NAME);
            return Files.isDirectory(image) ? image : null;
        }
        return Trees.firstEndingWith(dest, ".deb");
    }
}
