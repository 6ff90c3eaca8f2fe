package org.labjudge.node.api;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.labjudge.protocol.ProblemDetail;

/**
 * Answers the errors Jetty finds before a request reaches the API (a malformed request line, a
 * bad header, an illegal URI) as RFC 9457 problems like every other error, without stack traces
 * or the server's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final String RETRY_AFTER_SECONDS = "5";

    private final JsonResponses responses;

    ProblemErrorHandler(JsonResponses responses) {
        this.responses = responses;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = validStatus(response.getStatus());
        Object message = request.getAttribute(ERROR_MESSAGE);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE);
        if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
            // Jetty answers 503 itself while the node drains; clients should go elsewhere and come back.
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
        return true;
    }

    private byte[] body(int status, Object message) {
        String detail = message == null || message.toString().isBlank()
                ? HttpStatus.getMessage(status) : message.toString();
        return responses.bytes(ProblemDetail.of(status, HttpStatus.getMessage(status), detail));
    }

    private static int validStatus(int status) {
        return status >= 400 && status <= 599 ? status : HttpStatus.BAD_REQUEST_400;
    }
}
