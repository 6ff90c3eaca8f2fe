package org.labjudge.app.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads the node list from where {@link NodeListLocator} found it: a file, or an {@code http(s)://} URL
 * fetched with OkHttp (so an admin edits one file for the whole lab). Both are read again on every
 * {@link #read()}; the pool calls it periodically and keeps the last good list when a refresh fails.
 */
final class NodeListSource {

    /** A list server that hangs must not stall the pool's background thread. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private final String location;
    private final OkHttpClient http;
    private final NodeListParser parser = new NodeListParser();

    NodeListSource(String location, OkHttpClient http) {
        this.location = location;
        this.http = http;
    }

    String location() {
        return location;
    }

    boolean isRemote() {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    NodeList read() throws NodeListException {
        return parser.parse(isRemote() ? fetch() : readFile(), location);
    }

    private byte[] readFile() throws NodeListException {
        Path file = Path.of(location);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NodeListException(location + ": no such file");
        } catch (IOException e) {
            throw new NodeListException(location + ": cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] fetch() throws NodeListException {
        Request request;
        try {
            request = new Request.Builder().url(location).get().build();
        } catch (IllegalArgumentException e) {
            throw new NodeListException(location + ": not a valid URL");
        }
        Call call = http.newCall(request);
        call.timeout().timeout(FETCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                throw new NodeListException(location + ": cannot fetch the node list: HTTP " + response.code());
            }
            return response.body().bytes();
        } catch (IOException e) {
            throw new NodeListException(location + ": cannot fetch the node list: " + Failures.describe(e), e);
        }
    }
}
