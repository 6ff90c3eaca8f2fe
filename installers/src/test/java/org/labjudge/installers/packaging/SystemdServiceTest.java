package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The node's service under a real systemd: systemd-smoke.sh runs install-node.sh in a container
 * whose PID 1 is systemd (this machine's is not), so the unit's hardening, the docker group and
 * the drain on stop are exercised for real, against this host's engine.
 */
@Tag("packaging")
@Tag("docker")
class SystemdServiceTest {

    @Test
    void serviceInstallsRunsJudgesAndStopsUnderSystemd() {
        Path deb = new NodePackage(Packaging.context(), Packaging.nodeJar()).build(PackageType.DEB);
        Path script = Packaging.nodeRecipes().resolve("systemd-smoke.sh");
        Proc.Result result = Proc.run(Duration.ofMinutes(10), Map.of(), List.of("bash", script.toString(), deb.toString()));
        String out = result.output();
        assertThat(result.exitCode()).as(out).isZero();
        assertThat(out).contains("install-node: the node is UP", "health: {\"status\":\"UP\"}",
                "judged: print(6 * 7) printed 42", "Result=success", "NRestarts=0");
        assertThat(out.split("shown only this once", -1)).as("token shown once").hasSize(2);
    }
}
