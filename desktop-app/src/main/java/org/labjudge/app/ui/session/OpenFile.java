package org.labjudge.app.ui.session;

/**
 * One editor tab as the session keeps it: its file ({@code null} for an unsaved new file), its language id, and
 * its text when it had changes the file does not have ({@code null} when the file holds it all).
 */
public record OpenFile(String file, String language, String unsavedText) {

    public boolean modified() {
        return unsavedText != null;
    }
}
