package org.labjudge.node.cli;

/** The node software's version, from the jar manifest, so {@code --version} and {@code /api/v1/info} agree. */
public final class NodeVersion {
    /** The version when not running from a built jar (from an IDE or the test classpath). */
    public static final String DEVELOPMENT = "dev";

    private NodeVersion() {
    }

    /** The manifest's {@code Implementation-Version}, or {@value #DEVELOPMENT}. */
    public static String current() {
        String version = NodeVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? DEVELOPMENT : version;
    }
}
