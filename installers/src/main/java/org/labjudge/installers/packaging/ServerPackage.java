package org.labjudge.installers.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A LabJudge server (the executor node, the pool gateway) as a Debian package ({@code labjudge-node} in
 * /opt/labjudge-node, {@code labjudge-gateway} in /opt/labjudge-gateway) or as a bare app-image, from its
 * {@link Recipe}: recipes under {@code installers/packaging/<product>} (the systemd unit, the files shipped
 * beside it, and the maintainer scripts and control file that jpackage fills in). The JVM options come from
 * {@code installers/scripts/node-jvm-options}, the file bin/executor-node and bin/labjudge-gateway also read.
 */
public final class ServerPackage {

    /**
     * What one server's package is made of.
     *
     * @param name the package and launcher name, e.g. {@code labjudge-node}
     * @param product the recipes folder under {@code installers/packaging}
     * @param mainClass the jar's command
     * @param description the package's one-line description
     * @param shipped recipe files copied beside the jar (the unit first)
     * @param jar what to build when the jar is missing, for the error message
     */
    public record Recipe(String name, String product, String mainClass, String description, List<String> shipped,
                         String jar) {
        public Recipe {
            shipped = List.copyOf(shipped);
        }
    }

    /**
     * What the servers use at run time, one runtime for both (the gateway is the node's HTTP server over the
     * pool client). {@code jdeps --print-module-deps} over the node's shaded jar also names
     * java.desktop, java.compiler, java.instrument and java.rmi, for library code the node never runs
     * (Jetty's leak preventers and JNDI, commons-compress pack200, annotations); leaving them out keeps
     * X11 and sound libraries out of a server's dependencies. jdk.crypto.ec: DOCKER_HOST over TLS.
     * jdk.random: the pool client's balancer draws from {@code RandomGenerator.getDefault()}, which jdeps does
     * not see (it is looked up by name). The packaging tests run both packaged servers for real, which is
     * what proves this list.
     */
    static final List<String> MODULES = List.of(
            "java.base", "java.management", "java.naming", "java.security.jgss", "java.sql",
            "jdk.unsupported", "jdk.crypto.ec", "jdk.random");

    private final PackagingContext context;
    private final Recipe recipe;
    private final Path jar;

    /** @param jar the server's shaded {@code -all.jar} */
    public ServerPackage(PackagingContext context, Recipe recipe, Path jar) {
        this.context = context;
        this.recipe = recipe;
        this.jar = jar.toAbsolutePath().normalize();
    }

    /**
     * Builds the package unless an identical one is already there.
     *
     * @return the .deb file, or the app-image folder ({@code .../labjudge-node})
     */
    public Path build(PackageType type) {
        if (type != PackageType.DEB && type != PackageType.APP_IMAGE) {
            throw new PackagingException(recipe.name() + " is packaged for Linux only (deb, app-image), not " + type);
        }
        Trees.requireFile(jar, recipe.name() + " jar (build it: " + recipe.jar() + ")");
        Path recipes = context.recipes(recipe.product());
        Path jvmOptions = JvmOptions.file(context, JvmOptions.NODE);
        Trees.requireFile(jvmOptions, "node JVM options");
        // The unit's Documentation= points at the admin guide shipped next to it.
        Path adminGuide = context.installersDir().resolve("ADMIN.md");
        Trees.requireFile(adminGuide, "admin guide");
        if (type == PackageType.DEB) {
            DebTools.require();
        }
        Path dest = context.outputDir().resolve(recipe.product()).resolve(type.jpackageName());
        Path stamp = dest.resolve(".stamp");
        String key = new BuildStamp()
                .text("type", type)
                .text("version", context.appVersion())
                .text("modules", MODULES)
                .file(jar)
                .file(jvmOptions)
                .file(adminGuide)
                .tree(recipes)
                .value();
        Path existing = output(dest, type, recipe.name());
        if (existing != null && BuildStamp.current(stamp, key, existing)) {
            return existing;
        }
        Path runtime = Runtimes.get(context, Runtimes.NODE);
        Path input = Trees.fresh(context.workDir().resolve(recipe.product() + "-input"));
        Trees.copyInto(jar, input);
        for (String file : recipe.shipped()) {
            Trees.copyInto(recipes.resolve(file), input);
        }
        Trees.copyInto(adminGuide, input);
        Trees.fresh(dest);

        List<String> command = new JpackageApp(recipe.name(), recipe.description(),
                input, jar, recipe.mainClass(), runtime).command(type, context.appVersion(), dest);
        for (String option : JvmOptions.read(jvmOptions)) {
            command.add("--java-options");
            command.add(option);
        }
        if (type == PackageType.DEB) {
            command.addAll(List.of(
                    "--resource-dir", recipes.resolve("debian").toString(),
                    "--install-dir", "/opt",
                    "--linux-package-name", recipe.name(),
                    "--linux-deb-maintainer", "labjudge@localhost",
                    "--linux-app-category", "net",
                    // useradd/usermod/groupadd in postinst.
                    "--linux-package-deps", "passwd"));
        }
        JpackageApp.run(command, context.log("jpackage-" + recipe.product() + "-" + type));
        Path built = output(dest, type, recipe.name());
        if (built == null) {
            throw new PackagingException("jpackage left no " + type + " in " + dest);
        }
        BuildStamp.write(stamp, key);
        return built;
    }


    private static Path output(Path dest, PackageType type, String name) {
        if (type == PackageType.APP_IMAGE) {
            Path image = dest.resolve(name);
            return Files.isDirectory(image) ? image : null;
        }
        return Trees.firstEndingWith(dest, ".deb");
    }
}
