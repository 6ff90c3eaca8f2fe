/**
 * The desktop app's window: menus and shortcuts, the problem, editor and results panes, the status bar, and
 * the launchers (the app and its headless demo; the cold-start benchmark is in {@code coldstart}). Runs go through
 * {@link org.labjudge.app.ui.run.RunGateway}, so the window never depends on how a run reaches a node.
 */
package org.labjudge.app.ui;
