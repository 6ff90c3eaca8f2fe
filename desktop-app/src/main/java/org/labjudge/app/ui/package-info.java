/**
 * The desktop app's window: menus and shortcuts, the problem, editor and results panes, the status bar, and
 * the launcher (the app; without a display, {@code labjudge demo}; the cold-start benchmark is in {@code coldstart}).
 * View-models ({@code *Model} classes) hold each part's state with no JavaFX controls, so they are tested without a
 * window; the views bind to them.
 */
package org.labjudge.app.ui;
