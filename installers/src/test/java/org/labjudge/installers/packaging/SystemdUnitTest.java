package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.config.NodeConfig;

/**
 * The node's systemd unit: what it promises the admin (user, restart, drain on stop, hardening that
 * leaves the Docker socket reachable), and that systemd itself accepts it. PID 1 here is not
 * systemd, so {@code systemd-analyze verify} is as far as a test gets; a stub stands in for the
 * launcher (NodeDebTest verifies the unit again with the real one from the .deb).
 */
class SystemdUnitTest {
    private static final Path UNIT = Packaging.nodeRecipes().resolve(NodePackage.UNIT_FILE);

    @TempDir
    Path tmp;

    @Test
    void unitRunsThePackagedLauncherAsTheServiceUser() throws IOException {
        Map<String, List<String>> service = section("Service");
        assertThat(service.get("ExecStart"))
                .containsExactly("/opt/labjudge-node/bin/labjudge-node serve --config /etc/labjudge/node.json");
        assertThat(service.get("User")).containsExactly("labjudge");
        assertThat(service.get("Restart")).containsExactly("on-failure");
        assertThat(section("Install").get("WantedBy")).containsExactly("multi-user.target");
        assertThat(section("Unit").get("After").get(0)).contains("docker.service");
    }

    @Test
    void stopTimeoutLeavesTheNodeItsDrainTime() throws IOException {
        Map<String, List<String>> service = section("Service");
        assertThat(service.get("KillSignal")).containsExactly("SIGTERM");
        int drainSeconds = generatedConfig().drainSeconds();
        int timeout = seconds(service.get("TimeoutStopSec").get(0));
        assertThat(timeout).as("TimeoutStopSec above drainSeconds %s", drainSeconds).isGreaterThan(drainSeconds + 5);
    }

    @Test
    void hardeningKeepsTheDockerSocketReachable() throws IOException {
        Map<String, List<String>> service = section("Service");
        assertThat(service.get("NoNewPrivileges")).containsExactly("yes");
        assertThat(service.get("ProtectSystem")).containsExactly("strict");
        assertThat(service.get("CapabilityBoundingSet")).containsExactly("");
        assertThat(service.get("RestrictAddressFamilies").get(0).split(" ")).contains("AF_UNIX", "AF_INET", "AF_INET6");
        assertThat(service.get("ReadWritePaths")).containsExactly("-/run/docker.sock");
        // Settings that would cut the node off from the socket or break the JVM.
        assertThat(service).doesNotContainKeys("PrivateNetwork", "MemoryDenyWriteExecute", "DynamicUser",
                "InaccessiblePaths", "IPAddressDeny");
    }

    @Test
    void systemdAnalyzeVerifyAcceptsTheUnit() throws IOException {
        Path launcher = tmp.resolve("opt/labjudge-node/bin/labjudge-node");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path copy = Files.createDirectories(tmp.resolve("units")).resolve(NodePackage.UNIT_FILE);
        Files.writeString(copy, Files.readString(UNIT).replace("/opt/labjudge-node", tmp.resolve("opt/labjudge-node").toString()));
        SystemdUnits.assertVerifies(copy);
    }

    @Test
    void verifyCatchesAMistake() throws IOException {
        // Guards the guard: systemd-analyze exits 0 on a bad value and only prints a warning.
        Path bad = tmp.resolve("bad.service");
        Files.writeString(bad, "[Service]\nExecStart=/bin/true\nRestart=sometimes\n");
        Proc.Result result = Proc.run(Duration.ofMinutes(1), "systemd-analyze", "verify", "--man=no", bad.toString());
        assertThat(result.output()).contains("restart specifier");
    }

    private NodeConfig generatedConfig() {
        Path config = tmp.resolve("etc/node.json");
        Proc.run(Duration.ofMinutes(1), Map.of("LABJUDGE_NODE_CONFIG", config.toString()),
                List.of(Packaging.nodeRecipes().resolve(NodePackage.CONFIG_TOOL).toString(), "init"))
                .requireSuccess(List.of("labjudge-node-config init"));
        return NodeConfig.load(config);
    }

    private static int seconds(String value) {
        Matcher m = Pattern.compile("^(\\d+)(s|min)?$").matcher(value.strip());
        assertThat(m.matches()).as("a time span in seconds or minutes: %s", value).isTrue();
        int n = Integer.parseInt(m.group(1));
        return "min".equals(m.group(2)) ? n * 60 : n;
    }

    /** The settings of one [section]; a key given twice keeps both values, in order. */
    private static Map<String, List<String>> section(String name) throws IOException {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        String current = null;
        for (String raw : Files.readAllLines(UNIT)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                current = line.substring(1, line.length() - 1);
            } else if (name.equals(current)) {
                int eq = line.indexOf('=');
                settings.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>())
                        .add(line.substring(eq + 1).strip());
            }
        }
        assertThat(settings).as("[%s] in %s", name, UNIT).isNotEmpty();
        return settings;
    }
}
