package org.labjudge.app.pool;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Plain words for network failures, for node tables and a student's error message. */
final class Failures {

    private Failures() {
    }

    /** Whether {@code e} happened before the request reached the node (nothing was run there). */
    static boolean beforeSending(Throwable e) {
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return true;
        }
        return e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase().contains("connect");
    }

    static String describe(Throwable e) {
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (e instanceof SocketTimeoutException) {
            return beforeSending(e) ? "connection timed out" : "no answer in time";
        }
        if (e instanceof InterruptedIOException) {
            return "timed out";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
