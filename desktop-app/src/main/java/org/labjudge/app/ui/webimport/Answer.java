package org.labjudge.app.ui.webimport;

/** What the receiver tells the sender: an HTTP status and a line of text saying what happened. */
public record Answer(int status, String message) {

    static Answer accepted(String message) {
        return new Answer(200, message);
    }

    static Answer refused(String message) {
        return new Answer(400, message);
    }
}
