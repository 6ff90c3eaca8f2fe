package org.labjudge.app.ui;

import java.nio.file.Path;
import org.labjudge.app.localnode.ProcessNodeStarter;
import org.labjudge.app.pool.LocalNodeStarter;
import org.labjudge.app.ui.problem.BundledProblems;
import org.labjudge.app.ui.settings.SettingsStore;

/**
 * What a window is built from: where settings live (the user's data folder is the folder of the settings file:
 * the session and own tests are kept there too), which problems to show when the settings name none
 * ({@code null}: none), and what starts a node on this machine when there is no node list.
 */
public record AppContext(SettingsStore settingsStore, Path defaultProblems, LocalNodeStarter localNode) {

    /** The real app: settings under {@code ~/.labjudge}, the bundled sample problems, the node's jar as a child. */
    public static AppContext standard() {
        return new AppContext(SettingsStore.atDefaultLocation(), BundledProblems.locate().orElse(null),
                new ProcessNodeStarter());
    }

    /** The user's data folder. */
    public Path dataDir() {
        return settingsStore.file().toAbsolutePath().getParent();
    }
}
