package org.labjudge.node.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.time.Duration;

/**
  * Builds Docker clients for the engine named by DOCKER_HOST (the local socket by default). The
  * API version is left to negotiation: Debian's engine speaks 1.41.
  */
public final class DockerClients {
    private DockerClients() {}

    /** A client for long calls and attached streams: no response timeout. */
    public static DockerClient forSandboxes() {
        return build(fromEnvironment(), null, 200);
    }

    /** The engine DOCKER_HOST (environment or system property) names now. */
    public static DockerClientConfig fromEnvironment() {
        return DefaultDockerClientConfig.createDefaultConfigBuilder().build();
    }

    /** A client of the engine {@code config} names whose calls give up quickly, to tell whether it answers. */
    public static DockerClient forHealthChecks(DockerClientConfig config, Duration timeout) {
        return build(config, timeout, 1);
    }

    private static DockerClient build(DockerClientConfig config, Duration responseTimeout, int maxConnections) {
        ApacheDockerHttpClient.Builder http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(maxConnections)
                .connectionTimeout(Duration.ofSeconds(2));
        if (responseTimeout != null) {
            http.responseTimeout(responseTimeout);
        }
        return DockerClientImpl.getInstance(config, http.build());
    }
}
