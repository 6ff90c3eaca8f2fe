package org.labjudge.app.ui.console;

/** Where a console's typed input goes: the session on its node ({@link org.labjudge.app.pool.ConsoleCall}). */
public interface ConsoleLink {
    void type(String text);

    void endInput();

    void stop();
}
