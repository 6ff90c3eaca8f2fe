package org.labjudge.node.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.jetty.http.HttpStatus;
import org.labjudge.protocol.RunEvent;

/**
 * The answer of a streamed run: {@code 200} with one {@link RunEvent} per line, each written and flushed as it
 * comes. The status is committed with the first line, so a run refused before that still gets a problem answer.
 * A write that fails (the client went away) stops the writing; the run itself is cancelled by the endpoint's
 * {@link ClientWatch}, which notices a closed connection between writes too.
 */
final class StreamedAnswer {

    private final Context ctx;
    private final JsonResponses responses;
    private OutputStream out;
    private boolean gone;

    StreamedAnswer(Context ctx, JsonResponses responses) {
        this.ctx = ctx;
        this.responses = responses;
    }

    synchronized void send(RunEvent event) {
        if (gone) {
            return;
        }
        try {
            if (out == null) {
                ctx.status(HttpStatus.OK_200);
                ctx.res().setContentType(RunEvent.MEDIA_TYPE);
                out = ctx.res().getOutputStream();
            }
            out.write(responses.bytes(event));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            gone = true;
        }
    }
}
