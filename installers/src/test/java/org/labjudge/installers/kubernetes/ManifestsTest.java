package org.labjudge.installers.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.config.NodeConfigBuilder;
import org.labjudge.protocol.ApiPaths;

/**
 * Reads installers/kubernetes with the fabric8 Kubernetes model (as the API server would type it,
 * without a cluster) and checks that the pieces fit: selectors, ports, probes, the Secret and
 * ConfigMap keys referenced, the HPA's target, the Docker-in-Docker wiring, and the node config
 * (read with the node's own config code).
 */
class ManifestsTest {
    private static final Path DIR = Path.of(System.getProperty("labjudge.installers.dir", ".")).resolve("kubernetes");

    static List<HasMetadata> resources;
    static Deployment deployment;
    static PodSpec pod;
    static Container node;
    static Container dind;

    @BeforeAll
    static void parse() throws IOException {
        KubernetesSerialization serialization = new KubernetesSerialization();
        resources = new ArrayList<>();
        for (Path file : manifestFiles()) {
            try (InputStream in = Files.newInputStream(file)) {
                Object parsed = serialization.unmarshal(in);
                assertThat(parsed).as(file + " holds one typed resource").isInstanceOf(HasMetadata.class);
                resources.add((HasMetadata) parsed);
            }
        }
        deployment = one(Deployment.class);
        pod = deployment.getSpec().getTemplate().getSpec();
        node = container(pod.getContainers(), "node");
        dind = container(pod.getInitContainers(), "dind");
    }

    @Test
    void everyKindIsThereOnceInTheNamespace() {
        assertThat(resources.stream().map(HasMetadata::getKind).collect(Collectors.toList()))
                .containsExactlyInAnyOrder("Namespace", "Secret", "ConfigMap", "Deployment", "Service",
                        "HorizontalPodAutoscaler", "PodDisruptionBudget");
        String namespace = one(Namespace.class).getMetadata().getName();
        for (HasMetadata resource : resources) {
            if (!(resource instanceof Namespace)) {
                assertThat(resource.getMetadata().getNamespace()).as(resource.getKind()).isEqualTo(namespace);
            }
        }
    }

    @Test
    void noFieldIsMisspelt() {
        // The model keeps fields it does not know in additionalProperties instead of failing.
        for (HasMetadata resource : resources) {
            assertThat(unknownFields(resource, resource.getKind())).as("unknown fields").isEmpty();
        }
    }

    @Test
    void selectorsMatchThePodLabels() {
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(deployment.getSpec().getSelector().getMatchExpressions()).isNullOrEmpty();
        assertThat(podLabels).containsAllEntriesOf(one(Service.class).getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
    }

    @Test
    void serviceReachesTheNodesPortAndTheConfigListensThere() {
        ServicePort port = one(Service.class).getSpec().getPorts().get(0);
        ContainerPort target = containerPort(node, port.getTargetPort());
        NodeConfig config = nodeConfig();
        assertThat(target.getContainerPort()).isEqualTo(config.port());
        assertThat(config.bind()).isEqualTo("0.0.0.0");
    }

    @Test
    void probesAskTheHealthEndpointOnTheNodesPort() {
        for (Probe probe : List.of(node.getReadinessProbe(), node.getLivenessProbe())) {
            assertThat(probe).isNotNull();
            assertThat(probe.getHttpGet().getPath()).isEqualTo(ApiPaths.HEALTH);
            assertThat(containerPort(node, probe.getHttpGet().getPort()).getContainerPort())
                    .isEqualTo(nodeConfig().port());
        }
        // Liveness gives a restarting engine time before it restarts the node.
        assertThat(node.getLivenessProbe().getFailureThreshold() * node.getLivenessProbe().getPeriodSeconds())
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void tokenComesFromTheSecretAsAFileAndReachesTheNode() {
        // A file of the Secret, never argv or the environment (both readable in /proc on the host).
        int at = node.getArgs().indexOf("--token-file");
        assertThat(at).as("--token-file in %s", node.getArgs()).isNotNegative();
        Path tokenFile = Path.of(node.getArgs().get(at + 1));
        VolumeMount mount = node.getVolumeMounts().stream()
                .filter(m -> tokenFile.startsWith(m.getMountPath())).findFirst().orElseThrow();
        assertThat(mount.getReadOnly()).isTrue();
        Volume volume = pod.getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        Secret secret = one(Secret.class);
        assertThat(volume.getSecret().getSecretName()).isEqualTo(secret.getMetadata().getName());
        assertThat(volume.getSecret().getItems()).anySatisfy(item -> {
            assertThat(secretKeys(secret)).contains(item.getKey());
            assertThat(Path.of(mount.getMountPath()).resolve(item.getPath())).isEqualTo(tokenFile);
        });
        assertThat(node.getArgs()).doesNotContain("--token");
        assertThat(node.getEnv()).noneSatisfy(e -> assertThat(e.getValueFrom() != null
                && e.getValueFrom().getSecretKeyRef() != null).isTrue());
        // The ConfigMap holds no token: bound to every address, the node refuses to start without that one.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> nodeConfigWith(null))
                .hasMessageContaining("without a token");
        assertThat(nodeConfigWith("from-the-secret").tokens()).containsExactly("from-the-secret");
    }

    @Test
    void everyConfigMapReferenceNamesAnExistingKey() {
        ConfigMap configMap = one(ConfigMap.class);
        String name = configMap.getMetadata().getName();
        Set<String> keys = configMap.getData().keySet();
        List<Container> all = new ArrayList<>(pod.getContainers());
        all.addAll(pod.getInitContainers());
        for (Container container : all) {
            for (EnvVar env : Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())) {
                if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                    assertThat(env.getValueFrom().getConfigMapKeyRef().getName()).isEqualTo(name);
                    assertThat(keys).contains(env.getValueFrom().getConfigMapKeyRef().getKey());
                }
            }
        }
        Volume config = volume("config");
        assertThat(config.getConfigMap().getName()).isEqualTo(name);
        config.getConfigMap().getItems().forEach(item -> assertThat(keys).contains(item.getKey()));
        assertThat(node.getArgs()).containsSequence("--config",
                mount(node, "config").getMountPath() + "/" + config.getConfigMap().getItems().get(0).getPath());
    }

    @Test
    void hpaScalesTheDeploymentOnCpu() {
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        var target = hpa.getSpec().getScaleTargetRef();
        assertThat(target.getKind()).isEqualTo("Deployment");
        assertThat(target.getApiVersion()).isEqualTo(deployment.getApiVersion());
        assertThat(target.getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isPositive().isLessThan(hpa.getSpec().getMaxReplicas());
        MetricSpec metric = hpa.getSpec().getMetrics().get(0);
        assertThat(metric.getType()).isEqualTo("Resource");
        assertThat(metric.getResource().getName()).isEqualTo("cpu");
        assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
        assertThat(metric.getResource().getTarget().getAverageUtilization()).isBetween(1, 100);
        // Utilization is measured against requests: every long-running container needs a CPU request.
        for (Container container : longRunning()) {
            Quantity cpu = container.getResources().getRequests().get("cpu");
            assertThat(cpu).as("cpu request of %s", container.getName()).isNotNull();
        }
    }

    @Test
    void dindIsAPrivilegedSidecarAndTheNodeIsNot() {
        assertThat(dind.getSecurityContext().getPrivileged()).isTrue();
        // Pod Security admission would refuse the privileged pod otherwise.
        assertThat(one(Namespace.class).getMetadata().getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "privileged");
        // A native sidecar: starts before the node, stops after it, so a draining node keeps its engine.
        assertThat(dind.getRestartPolicy()).isEqualTo("Always");
        assertThat(pod.getInitContainers().get(0)).isSameAs(dind);
        var security = node.getSecurityContext();
        assertThat(security.getPrivileged()).isNotEqualTo(Boolean.TRUE);
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getRunAsNonRoot()).isTrue();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        for (Container container : pod.getInitContainers()) {
            if (container != dind) {
                assertThat(container.getSecurityContext()).as(container.getName()).isNull();
            }
        }
    }

    @Test
    void nodeReachesDindOverTheSharedSocket() {
        String dockerHost = env(node, "DOCKER_HOST").getValue();
        assertThat(dockerHost).startsWith("unix://");
        String socket = dockerHost.substring("unix://".length());
        assertThat(dind.getArgs()).contains("--host=" + dockerHost);
        VolumeMount nodeMount = mount(node, "docker-socket");
        VolumeMount dindMount = mount(dind, "docker-socket");
        assertThat(socket).startsWith(nodeMount.getMountPath() + "/");
        assertThat(dindMount.getMountPath()).isEqualTo(nodeMount.getMountPath());
        assertThat(volume("docker-socket").getEmptyDir()).isNotNull();
        // dind gives the socket to a group the unprivileged node belongs to.
        String group = dind.getArgs().stream().filter(a -> a.startsWith("--group=")).findFirst().orElseThrow()
                .substring("--group=".length());
        assertThat(pod.getSecurityContext().getSupplementalGroups()).contains(Long.parseLong(group));
        // Sandboxes use --network none; the engine gets no bridge to route anything.
        assertThat(dind.getArgs()).contains("--bridge=none");
        // The image loader talks to the same engine.
        Container images = container(pod.getInitContainers(), "runtime-images");
        assertThat(env(images, "DOCKER_HOST").getValue()).isEqualTo(dockerHost);
        assertThat(mount(images, "docker-socket").getMountPath()).isEqualTo(nodeMount.getMountPath());
    }

    @Test
    void podOutlivesTheNodesDrain() {
        assertThat((long) pod.getTerminationGracePeriodSeconds()).isGreaterThan(nodeConfig().drainSeconds());
    }

    @Test
    void runtimeImagesListsEveryLanguageWithARecipe() throws IOException {
        Set<String> listed = Set.of(one(ConfigMap.class).getData().get("languages").strip().split("\\s+"));
        Set<String> recipes;
        try (Stream<Path> dirs = Files.list(DIR.resolveSibling("images"))) {
            recipes = dirs.filter(d -> Files.isRegularFile(d.resolve("Dockerfile")))
                    .map(d -> d.getFileName().toString()).filter(n -> !n.equals("base"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(recipes);
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        JsonNode kustomization = new ObjectMapper(new YAMLFactory()).readTree(DIR.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> files = manifestFiles().stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(files);
        assertThat(kustomization.path("images").get(0).path("name").asText())
                .isEqualTo(node.getImage().substring(0, node.getImage().lastIndexOf(':')));
    }

    private static List<Path> manifestFiles() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new AssertionError("cannot list " + DIR, e);
        }
    }

    private static List<Container> longRunning() {
        List<Container> list = new ArrayList<>(pod.getContainers());
        pod.getInitContainers().stream().filter(c -> "Always".equals(c.getRestartPolicy())).forEach(list::add);
        return list;
    }

    /** The node the Deployment starts: the ConfigMap's settings and the Secret's token. */
    private static NodeConfig nodeConfig() {
        return nodeConfigWith("from-the-secret");
    }

    /** The ConfigMap's node.json, read by the node's own config reader; a token as --token gives it. */
    private static NodeConfig nodeConfigWith(String token) {
        try {
            Path file = Files.createTempFile("node", ".json");
            try {
                Files.writeString(file, one(ConfigMap.class).getData().get("node.json"));
                NodeConfigBuilder builder = NodeConfig.builder(file).set("nodeId", "pod");
                if (token != null) {
                    builder.set("tokens", List.of(token));
                }
                return builder.build();
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> secretKeys(Secret secret) {
        Set<String> keys = new TreeSet<>();
        if (secret.getData() != null) {
            keys.addAll(secret.getData().keySet());
        }
        if (secret.getStringData() != null) {
            keys.addAll(secret.getStringData().keySet());
        }
        return keys;
    }

    private static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = resources.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
        assertThat(found).as("one %s", type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static Container container(List<Container> containers, String name) {
        return containers.stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no container " + name));
    }

    private static ContainerPort containerPort(Container container, IntOrString port) {
        return container.getPorts().stream()
                .filter(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName())
                        : port.getIntVal().equals(p.getContainerPort()))
                .findFirst().orElseThrow(() -> new AssertionError(container.getName() + " has no port " + port));
    }

    private static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no env " + name));
    }

    private static VolumeMount mount(Container container, String volume) {
        return container.getVolumeMounts().stream().filter(m -> m.getName().equals(volume)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " does not mount " + volume));
    }

    private static Volume volume(String name) {
        return pod.getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    /** Paths of fields the model did not recognise, anywhere below {@code value}. */
    private static List<String> unknownFields(Object value, String path) {
        List<String> unknown = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknown.addAll(unknownFields(list.get(i), path + "[" + i + "]"));
            }
            return unknown;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknown.addAll(unknownFields(v, path + "." + k)));
            return unknown;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) child).keySet().forEach(k -> unknown.add(path + "." + k));
            } else {
                unknown.addAll(unknownFields(child, path + "." + getter.getName().substring(3)));
            }
        }
        return unknown;
    }
}
