package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

/** Runs {@code systemd-analyze verify}, which only warns (exit 0) on many mistakes: any output fails. */
final class SystemdUnits {
    private SystemdUnits() {
    }

    static void assertVerifies(Path unit) {
        assertThat(Proc.onPath("systemd-analyze"))
                .as("systemd-analyze is missing (on Debian: apt-get install systemd)").isTrue();
        Proc.Result result = Proc.run(Duration.ofMinutes(1), "systemd-analyze", "verify", "--man=no", unit.toString());
        assertThat(result.output()).as("systemd-analyze verify %s", unit).isEmpty();
        assertThat(result.exitCode()).isZero();
    }
}
