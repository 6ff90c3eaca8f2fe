package org.labjudge.app.ui.settings;

/** The window's colour scheme; each has a stylesheet applied on top of the base one. */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The stylesheet's URL, as a scene's stylesheet list wants it. */
    public String stylesheetUrl() {
        return Theme.class.getResource("/org/labjudge/app/ui/" + stylesheet).toExternalForm();
    }

    public boolean isDark() {
        return this == DARK;
    }
}
