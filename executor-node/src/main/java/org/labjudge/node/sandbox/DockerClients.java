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
        return build(null, 200);
    }

    /** A client whose calls give up quickly, to tell whether the engine answers. */
    public static DockerClient forHealthChecks(Duration timeout) {
        return build(timeout, 4);
    }

    private static DockerClient build(Duration responseTimeout, int maxConnections) {
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
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
