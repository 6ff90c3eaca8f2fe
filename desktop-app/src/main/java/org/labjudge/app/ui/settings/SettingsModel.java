package org.labjudge.app.ui.settings;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The settings as the window uses them (a view-model): the current {@link Settings}, changed through
 * {@link #update} and saved at once; a failed save is reported in words, and the change still applies.
 */
public final class SettingsModel {

    private final SettingsStore store;
    private final Consumer<String> onSaveError;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");

    public SettingsModel(SettingsStore store, Consumer<String> onSaveError) {
        this.store = store;
        this.onSaveError = onSaveError;
        settings.set(store.load());
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Settings get() {
        return settings.get();
    }

    /** Applies {@code change} and saves the result when it differs. */
    public void update(UnaryOperator<Settings> change) {
        Settings updated = change.apply(settings.get());
        if (updated.equals(settings.get())) {
            return;
        }
        settings.set(updated);
        try {
            store.save(updated);
        } catch (IOException e) {
            onSaveError.accept("Cannot save the settings to " + store.file() + ": " + e.getMessage());
        }
    }
}
