package org.labjudge.app.ui;

import java.nio.file.Path;
import org.labjudge.app.ui.run.PoolRunGateway;
import org.labjudge.app.ui.run.RunGatewayFactory;
import org.labjudge.app.ui.settings.SettingsStore;

/**
 * What a window is built from: where settings live, how runs reach nodes, and which problems to show when
 * the settings name none ({@code null}: none).
 */
public record AppContext(SettingsStore settingsStore, RunGatewayFactory gateways, Path defaultProblems) {

    /** The real app: settings under {@code ~/.labjudge}, the pool, the bundled sample problems. */
    public static AppContext standard() {
        return new AppContext(SettingsStore.atDefaultLocation(), PoolRunGateway::open,
                org.labjudge.app.ui.problem.BundledProblems.locate().orElse(null));
    }
}
