package org.labjudge.node.sandbox;

import com.github.dockerjava.api.DockerClient;
import java.util.List;
import java.util.UUID;

/** A real Docker sandbox provider for tests, labelled with a node id of its own. */
public final class SandboxFixture implements AutoCloseable {
    public static final String IMAGE = System.getProperty("labjudge.test.image", "labjudge/bash:current");
    public static final List<String> ENV = List.of("PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp", "LANG=C.UTF-8");

    public final DockerClient docker = DockerClients.forSandboxes();
    public final SandboxLabels labels = new SandboxLabels("test-" + UUID.randomUUID());
    public final DockerSandboxProvider provider = new DockerSandboxProvider(docker, EngineProbe.standard(), labels);
    public final ContainerJanitor janitor = new ContainerJanitor(docker, labels, provider.live());

    public Sandbox open() {
        return provider.open(new SandboxSpec(IMAGE, 128, 32, 1.0, 16, 16));
    }

    public static ExecRequest sh(String script, String stdin) {
        return new ExecRequest(List.of("sh", "-c", script), ENV, stdin.getBytes(), 2000, 4000, 4096, 1 << 20);
    }

    @Override
    public void close() {
        janitor.removeAll();
    }
}
