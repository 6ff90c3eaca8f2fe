package org.labjudge.installers.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * The executor node as a Debian package ({@code labjudge-node}, installed in /opt/labjudge-node) or as a bare
 * app-image: the systemd unit and the config tool beside the jar ({@code installers/packaging/node}).
 */
public final class NodePackage {
    public static final String NAME = "labjudge-node";
    public static final String MAIN_CLASS = "org.labjudge.node.cli.NodeMain";
    public static final String UNIT_FILE = "labjudge-node.service";
    public static final String CONFIG_TOOL = "labjudge-node-config";
    static final ServerPackage.Recipe RECIPE = new ServerPackage.Recipe(NAME, "node", MAIN_CLASS,
            "LabJudge executor node: compiles and judges programs in Docker sandboxes", List.of(UNIT_FILE, CONFIG_TOOL),
            "mvn -pl executor-node -am package");

    private final ServerPackage server;

    /** @param nodeJar the shaded {@code executor-node-<version>-all.jar} */
    public NodePackage(PackagingContext context, Path nodeJar) {
        this.server = new ServerPackage(context, RECIPE, nodeJar);
    }

    /** Builds the package unless an identical one is already there; see {@link ServerPackage#build}. */
    public Path build(PackageType type) {
        return server.build(type);
    }
}
