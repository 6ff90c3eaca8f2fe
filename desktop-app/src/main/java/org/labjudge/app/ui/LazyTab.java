package org.labjudge.app.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time the tab is selected or the content is needed. A tab pane styles and
 * skins the content of every tab, shown or not, so panes that are not on screen at start would otherwise cost
 * the first frame their whole construction and CSS pass.
 */
final class LazyTab<T extends Node> {

    private final Tab tab;
    private final Supplier<T> factory;
    private T content;

    LazyTab(Tab tab, Supplier<T> factory) {
        this.tab = tab;
        this.factory = factory;
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                get();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    /** The content, built now if it was not yet. UI thread. */
    T get() {
        if (content == null) {
            content = factory.get();
            tab.setContent(content);
        }
        return content;
    }

    /** Applies {@code action} to the content if it exists; a content built later starts from the factory. */
    void ifBuilt(Consumer<T> action) {
        if (content != null) {
            action.accept(content);
        }
    }
}
