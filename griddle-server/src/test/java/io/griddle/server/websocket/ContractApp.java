package io.griddle.server.websocket;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small gateway applications that speak the WebSocket contract directly, one per path, and record what they
 * receive (and the scope) for the tests to look at:
 * <ul>
 *   <li>{@code /echo}: accepts (choosing the first subprotocol offered, adding {@code x-extra: yes}) and echoes;
 *       a text {@code close:CODE} makes it close with that code and reason {@code bye};</li>
 *   <li>{@code /deny}: closes before accepting (403); {@code /deny-http}: answers 401 with a body;
 *       {@code /silent}: ends without answering (403); {@code /fail}: fails (500);</li>
 *   <li>{@code /sink}: accepts and only records; {@code /slow}: accepts and receives only once {@link #release} is
 *       completed, then counts them; {@code /flood}: accepts and sends 256 KiB messages as fast as each send completes;</li>
 *   <li>{@code /accept-then-return}, {@code /accept-then-fail}: accept, then end (or fail) without a close;
 *       {@code /threaded}: the echo on a virtual thread, joining each stage;</li>
 *   <li>an HTTP request: {@code 200 quick}.</li>
 * </ul>
 */
final class ContractApp implements Gateway {

    final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    final BlockingQueue<Scope> scopes = new LinkedBlockingQueue<>();
    final CompletableFuture<Void> release = new CompletableFuture<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger counted = new AtomicInteger();

    @Override
    public CompletionStage<Void> call(Scope scope, Receive receive, Send send) {
        if (scope instanceof HttpScope) {
            return send.send(new HttpMessage.ResponseStart(200, Headers.of("content-type", "text/plain")))
                    .thenCompose(v -> send.send(HttpMessage.ResponseBody.last(ascii("quick"))));
        }
        WebSocketScope ws = (WebSocketScope) scope;
        scopes.add(ws);
        return receive.receive().thenCompose(connect -> {
            received.add(connect);
            return switch (ws.path()) {
                case "/echo" ->
                    send.send(new WebSocketMessage.Accept(
                                    ws.subprotocols().isEmpty()
                                            ? null
                                            : ws.subprotocols().get(0),
                                    Headers.of("x-extra", "yes")))
                            .thenCompose(v -> echo(receive, send));
                case "/deny" -> send.send(new WebSocketMessage.Close(1000, ""));
                case "/deny-http" ->
                    send.send(new HttpMessage.ResponseStart(
                                    401, Headers.of("content-type", "text/plain", "x-why", "no token")))
                            .thenCompose(v -> send.send(HttpMessage.ResponseBody.last(ascii("nope"))));
                case "/silent" -> Gateway.done();
                case "/fail" -> CompletableFuture.failedFuture(new IllegalStateException("app failed on purpose"));
                case "/sink" -> accept(send).thenCompose(v -> record(receive));
                case "/slow" -> accept(send).thenCompose(v -> release).thenCompose(v -> count(receive));
                case "/flood" -> accept(send).thenCompose(v -> flood(send));
                case "/accept-then-return" -> accept(send);
                case "/accept-then-fail" ->
                    accept(send)
                            .thenCompose(v -> CompletableFuture.failedFuture(
                                    new IllegalStateException("app failed on purpose after accepting")));
                case "/threaded" -> accept(send).thenCompose(v -> threaded(receive, send));
                default -> send.send(new WebSocketMessage.Close(1000, ""));
            };
        });
    }

    private static CompletionStage<Void> accept(Send send) {
        return send.send(new WebSocketMessage.Accept(null, null));
    }

    private CompletionStage<Void> echo(Receive receive, Send send) {
        return receive.receive().thenCompose(message -> {
            received.add(message);
            if (message instanceof WebSocketMessage.Text text && text.text().startsWith("close:")) {
                int code = Integer.parseInt(text.text().substring(6));
                return send.send(new WebSocketMessage.Close(code, "bye")).thenCompose(v -> afterClose(receive));
            }
            if (message instanceof WebSocketMessage.Text || message instanceof WebSocketMessage.Binary) {
                return send.send(message).thenCompose(v -> echo(receive, send));
            }
            return Gateway.done(); // Disconnect
        });
    }

    // After its close, the app's receives give Disconnect: recorded, then one more, which must be the same.
    private CompletionStage<Void> afterClose(Receive receive) {
        return receive.receive().thenCompose(first -> {
            received.add(first);
            return receive.receive().thenAccept(received::add);
        });
    }

    private CompletionStage<Void> record(Receive receive) {
        return receive.receive().thenCompose(message -> {
            received.add(message);
            return message instanceof WebSocketMessage.Disconnect ? Gateway.done() : record(receive);
        });
    }

    // Counts the messages, keeping only the Disconnect.
    private CompletionStage<Void> count(Receive receive) {
        return receive.receive().thenCompose(message -> {
            if (message instanceof WebSocketMessage.Disconnect) {
                received.add(message);
                return Gateway.done();
            }
            counted.incrementAndGet();
            return count(receive);
        });
    }

    // The echo as a blocking application writes it: on its own thread, waiting on each stage.
    private CompletionStage<Void> threaded(Receive receive, Send send) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Message message = receive.receive().toCompletableFuture().join();
                    received.add(message);
                    if (message instanceof WebSocketMessage.Disconnect) {
                        break;
                    }
                    send.send(message).toCompletableFuture().join();
                }
                done.complete(null);
            } catch (RuntimeException failed) {
                done.completeExceptionally(failed);
            }
        });
        return done;
    }

    private CompletionStage<Void> flood(Send send) {
        return send.send(new WebSocketMessage.Binary(ByteBuffer.allocate(256 * 1024)))
                .thenCompose(v -> {
                    sent.incrementAndGet();
                    return flood(send);
                })
                .exceptionally(gone -> null);
    }

    private static ByteBuffer ascii(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }
}
