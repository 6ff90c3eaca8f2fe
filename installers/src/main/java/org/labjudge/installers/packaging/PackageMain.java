package org.labjudge.installers.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds LabJudge's packages; what {@code mvn -Ppackage package} runs (see installers/packaging/README.md).
 *
 * <pre>
 * PackageMain --installers DIR --out DIR --version V --node-jar JAR --gateway-jar JAR --app-jar JAR
 *             [--app-version X.Y.Z] [--node TYPE,...] [--gateway TYPE,...] [--desktop TYPE,...]
 * </pre>
 * TYPE is app-image, deb, msi or dmg ({@code none} builds nothing); a value {@code default} is
 * the same as leaving the option out. By default: on Linux the node
 * and gateway .debs and the desktop app-image and .deb; on Windows and macOS the desktop app-image and .msi / .dmg.
 */
public final class PackageMain {
    private PackageMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Map<String, String> options = options(args);
        PackagingContext derived = PackagingContext.of(
                Path.of(required(options, "installers")), Path.of(required(options, "out")),
                required(options, "version"));
        PackagingContext context = options.containsKey("app-version")
                ? derived.withAppVersion(options.get("app-version")) : derived;
        String nodeTypes = HostOs.current() == HostOs.LINUX ? "deb" : "none";
        List<PackageType> node = types(options.getOrDefault("node", nodeTypes));
        List<PackageType> gateway = types(options.getOrDefault("gateway", nodeTypes));
        List<PackageType> desktop = types(options.getOrDefault("desktop",
                "app-image," + PackageType.nativeInstaller().jpackageName()));

        List<String> built = new ArrayList<>();
        for (PackageType type : node) {
            built.add(timed("node " + type,
                    () -> new NodePackage(context, Path.of(required(options, "node-jar"))).build(type)));
        }
        for (PackageType type : gateway) {
            built.add(timed("gateway " + type,
                    () -> new GatewayPackage(context, Path.of(required(options, "gateway-jar"))).build(type)));
        }
        for (PackageType type : desktop) {
            built.add(timed("desktop " + type,
                    () -> new DesktopPackage(context, Path.of(required(options, "app-jar"))).build(type)));
        }
        built.forEach(System.out::println);
    }

    private interface Step {
        Path run();
    }

    private static String timed(String what, Step step) {
        long start = System.nanoTime();
        Path result = step.run();
        System.out.printf("packaging: %-18s %6.1f s  %s%n", what, (System.nanoTime() - start) / 1e9, result);
        return result.toString();
    }

    private static List<PackageType> types(String list) {
        List<PackageType> types = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank() && !item.strip().equals("none")) {
                types.add(PackageType.parse(item.strip()));
            }
        }
        return types;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            String value = args[++i];
            // "default" (the Maven profile's placeholder) means: leave it to this class.
            if (!value.equals("default")) {
                options.put(args[i - 1].substring(2), value);
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
