package io.griddle.server.logging;

import io.griddle.http.LogText;
import java.net.InetSocketAddress;

/**
 * One access-log line as a loop hands it over: the few values it is made of, taken as they are (no formatting on
 * the loop). {@link #appendMessage(StringBuilder)} makes the text later, on the access log's writer thread:
 * {@code 127.0.0.1:53432 - "GET /quick HTTP/1.1" 200 0.41ms}, or for a WebSocket
 * {@code 127.0.0.1:53432 - "WebSocket /chat" [accepted]}.
 *
 * @param client   the client's address, or {@code null} ({@code -})
 * @param method   the request's method, or {@code null} when its request line could not be read ({@code "-"})
 * @param target   the request target as the client sent it (escaped when the line is made)
 * @param protocol {@code HTTP/1.1}, {@code HTTP/1.0} or {@code HTTP/2}
 * @param status   the response's status
 * @param nanos    how long the request took, in nanoseconds; ignored for a WebSocket line
 * @param outcome  for a WebSocket line, what became of it ({@code [accepted]}, {@code [closed]}, a status);
 *                 {@code null} for a request
 * @param time     when the line was logged, in milliseconds since the epoch
 * @param thread   the thread that logged it (a loop)
 */
public record AccessLine(
        InetSocketAddress client,
        String method,
        String target,
        String protocol,
        int status,
        long nanos,
        String outcome,
        long time,
        Thread thread) {

    /** A request's line, logged now by the current thread. */
    public static AccessLine request(
            InetSocketAddress client, String method, String target, String protocol, int status, long nanos) {
        return new AccessLine(
                client,
                method,
                target,
                protocol,
                status,
                nanos,
                null,
                System.currentTimeMillis(),
                Thread.currentThread());
    }

    /** A WebSocket's line ({@code outcome}: {@code [accepted]}, {@code [closed]} or a status), logged now. */
    public static AccessLine webSocket(InetSocketAddress client, String target, String outcome) {
        return new AccessLine(
                client, null, target, null, 0, 0, outcome, System.currentTimeMillis(), Thread.currentThread());
    }

    /** The line's text, Uvicorn's format with the response time added; what the client sent is escaped. */
    public String message() {
        StringBuilder text = new StringBuilder(96);
        appendMessage(text);
        return text.toString();
    }

    /** Appends the line's text (as {@link #message()}) to {@code out}. */
    public void appendMessage(StringBuilder out) {
        if (client == null) {
            out.append('-');
        } else {
            out.append(client.getHostString()).append(':').append(client.getPort());
        }
        out.append(" - \"");
        if (outcome != null) {
            out.append("WebSocket ")
                    .append(LogText.escape(target))
                    .append("\" ")
                    .append(outcome);
            return;
        }
        if (method == null) {
            out.append('-');
        } else {
            // Escaped piece by piece (a space needs no escaping): no concatenation to escape.
            out.append(LogText.escape(method))
                    .append(' ')
                    .append(LogText.escape(target))
                    .append(' ')
                    .append(protocol);
        }
        out.append("\" ").append(status).append(' ');
        appendMillis(out, nanos);
        out.append("ms");
    }

    /** Milliseconds with two decimals, rounded half up, with a dot in every locale: {@code 0.41}. */
    static void appendMillis(StringBuilder out, long nanos) {
        long hundredths = (Math.max(nanos, 0) + 5_000) / 10_000;
        long fraction = hundredths % 100;
        out.append(hundredths / 100).append('.');
        if (fraction < 10) {
            out.append('0');
        }
        out.append(fraction);
    }
}
