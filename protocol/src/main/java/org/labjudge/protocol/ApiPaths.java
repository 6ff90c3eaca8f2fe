package org.labjudge.protocol;

/** The HTTP paths of wire protocol v1, which the node serves and clients call. Wire names: extend, never rename. */
public final class ApiPaths {
    /** {@code GET}: {@link Health}, without a token. */
    public static final String HEALTH = "/api/v1/health";
    /** {@code GET}: {@link NodeInfo}. */
    public static final String INFO = "/api/v1/info";
    /** {@code GET}: a list of {@link LanguageInfo}. */
    public static final String LANGUAGES = "/api/v1/languages";
    /** {@code POST} a {@link RunRequest}: a {@link RunResult}. */
    public static final String RUNS = "/api/v1/runs";
    /**
     * {@code POST} a {@link RunRequest}: the same run, answered as it is judged, one {@link RunEvent} per line
     * (each test's result, then the whole {@link RunResult}).
     */
    public static final String RUNS_STREAM = "/api/v1/runs/stream";
    /**
     * {@code GET}: {@link BlobStoreInfo}, what the node's content-addressed store holds. Blobs are test inputs,
     * answers and validator files that runs reference by hash.
     */
    public static final String BLOBS = "/api/v1/blobs";
    /**
     * {@code PUT} a blob's bytes ({@code application/octet-stream}) under its SHA-256 (verified: 400 when they do not
     * hash to it); {@code HEAD}: 200 when held, 404 when not. See {@link #blob(String)}.
     */
    public static final String BLOB = "/api/v1/blobs/{sha256}";
    /** {@code POST} a {@link BlobQuery}: the {@link MissingBlobs}, those of its hashes the node does not hold. */
    public static final String BLOBS_MISSING = "/api/v1/blobs/missing";
    /**
     * A WebSocket (the upgrade is a {@code GET} with the node's bearer token): a live console session, JSON text
     * messages, {@link ConsoleCommand}s from the client and {@link ConsoleEvent}s from the node.
     */
    public static final String CONSOLE = "/api/v1/console";
    /** {@code GET}: Prometheus text. */
    public static final String METRICS = "/metrics";

    /** {@link #BLOB} of one blob. */
    public static String blob(String sha256) {
        return BLOB.replace("{sha256}", sha256);
    }

    private ApiPaths() {
    }
}
