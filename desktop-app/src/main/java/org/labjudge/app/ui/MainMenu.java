package org.labjudge.app.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; every item shows its shortcut. */
final class MainMenu extends MenuBar {

    private final CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");

    MainMenu(WindowActions actions, ObservableBooleanValue running) {
        setId("mainMenu");
        Menu file = new Menu("File");
        file.setId("fileMenu");
        file.getItems().addAll(
                item("New", Shortcuts.NEW, actions::newFile),
                item("Open\u2026", Shortcuts.OPEN, actions::openFile),
                item("Open folder\u2026", null, actions::openFolder),
                item("Save", Shortcuts.SAVE, actions::save),
                item("Save as\u2026", Shortcuts.SAVE_AS, actions::saveAs),
                item("Close tab", Shortcuts.CLOSE_TAB, actions::closeTab),
                new SeparatorMenuItem(),
                item("Open problem\u2026", Shortcuts.OPEN_PROBLEM, actions::openProblem),
                item("Open problem set\u2026", null, actions::openProblemSet),
                new SeparatorMenuItem(),
                item("Settings\u2026", null, actions::openSettings),
                new SeparatorMenuItem(),
                item("Exit", null, actions::exit));
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(
                item("Undo", Shortcuts.UNDO, actions::undo),
                item("Redo", Shortcuts.REDO, actions::redo),
                new SeparatorMenuItem(),
                item("Find and replace\u2026", Shortcuts.FIND, actions::find),
                new SeparatorMenuItem(),
                item("Zoom in", Shortcuts.ZOOM_IN, actions::zoomIn),
                item("Zoom out", Shortcuts.ZOOM_OUT, actions::zoomOut),
                item("Reset zoom", Shortcuts.ZOOM_RESET, actions::zoomReset));
        Menu run = new Menu("Run");
        MenuItem runItem = item("Run", Shortcuts.RUN, actions::run);
        MenuItem batchItem = item("Batch run (stdout and stderr apart)", null, actions::batchRun);
        batchItem.setId("batchRunItem");
        MenuItem judgeItem = item("Judge against all tests", Shortcuts.JUDGE, actions::judge);
        MenuItem cancelItem = item("Cancel run", null, actions::cancel);
        runItem.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(running::get, running));
        judgeItem.disableProperty().bind(runItem.disableProperty());
        batchItem.disableProperty().bind(runItem.disableProperty());
        cancelItem.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !running.get(),
                running));
        MenuItem runAllItem = item("Run samples and my tests", null, actions::runAll);
        runAllItem.disableProperty().bind(runItem.disableProperty());
        CheckMenuItem stopAtFirstFailure = new CheckMenuItem("Stop at first failure");
        stopAtFirstFailure.setId("stopAtFirstFailureItem");
        stopAtFirstFailure.setOnAction(e -> actions.setStopAtFirstFailure(stopAtFirstFailure.isSelected()));
        run.getItems().addAll(runItem, batchItem, judgeItem, runAllItem, cancelItem, new SeparatorMenuItem(), stopAtFirstFailure);
        Menu view = new Menu("View");
        view.setId("viewMenu");
        darkTheme.setId("darkThemeItem");
        darkTheme.setOnAction(e -> actions.setDarkTheme(darkTheme.isSelected()));
        view.getItems().addAll(item("Nodes", Shortcuts.NODES, actions::showNodes), darkTheme);
        getMenus().addAll(file, edit, run, view);
    }

    /** Keeps the check mark in step when the theme changes elsewhere (settings). */
    void showDark(boolean dark) {
        darkTheme.setSelected(dark);
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
