package org.labjudge.installers.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * The pool gateway as a Debian package ({@code labjudge-gateway}, installed in /opt/labjudge-gateway) or as a
 * bare app-image: its systemd unit and example config beside the jar ({@code installers/packaging/gateway}).
 */
public final class GatewayPackage {
    public static final String NAME = "labjudge-gateway";
    public static final String MAIN_CLASS = "org.labjudge.gateway.cli.GatewayMain";
    public static final String UNIT_FILE = "labjudge-gateway.service";
    static final ServerPackage.Recipe RECIPE = new ServerPackage.Recipe(NAME, "gateway", MAIN_CLASS,
            "LabJudge pool gateway: one URL (v1, Jobe, Piston) for a lab's executor nodes", List.of(UNIT_FILE),
            "mvn -pl gateway -am package");

    private final ServerPackage server;

    /** @param gatewayJar the shaded {@code gateway-<version>-all.jar} */
    public GatewayPackage(PackagingContext context, Path gatewayJar) {
        this.server = new ServerPackage(context, RECIPE, gatewayJar);
    }

    /** Builds the package unless an identical one is already there; see {@link ServerPackage#build}. */
    public Path build(PackageType type) {
        return server.build(type);
    }
}
