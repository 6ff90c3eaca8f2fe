package org.labjudge.app.ui;

/** What the menus and shortcuts can ask the window to do. */
interface WindowActions {
    void newFile();

    void openFile();

    /** Opens a folder as one submission: its files in tabs, all sent by Run and Judge. */
    void openFolder();

    void save();

    void saveAs();

    void closeTab();

    void openProblem();

    void openProblemSet();

    void openSettings();

    void exit();

    void undo();

    void redo();

    void find();

    void zoomIn();

    void zoomOut();

    void zoomReset();

    /** Runs the active file live in the console pane: its output as printed, its input the input pane's or typed. */
    void run();

    /** Runs the active file once with the input pane as its stdin file; stdout and stderr shown apart at the end. */
    void batchRun();

    void judge();

    void cancel();

    /** Judges the samples and the student's own tests in one request. */
    void runAll();

    /** Whether judging stops at the first test that fails (the rest are SKIPPED). */
    void setStopAtFirstFailure(boolean stop);

    void showNodes();

    void setDarkTheme(boolean dark);
}
