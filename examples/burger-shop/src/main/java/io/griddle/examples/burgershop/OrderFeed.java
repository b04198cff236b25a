package io.griddle.examples.burgershop;

import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Streamed;
import io.griddle.WebSocketRoute;
import io.griddle.concurrent.Async;
import io.griddle.http.HttpError;
import io.griddle.http.Response;
import io.griddle.streaming.ServerSentEvent;
import io.griddle.websocket.BlockingWebSocket;
import io.griddle.websocket.WebSocketException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The order-status feed: an order placed with {@code POST /orders} goes {@code received} → {@code cooking} →
 * {@code ready} on the griddle (async waits, as {@code /task}), and its statuses are pushed to whoever watches, over
 * Server-Sent Events ({@code GET /orders/{id}/events}) or a WebSocket ({@code /orders/ws}, send
 * {@code {"order": id}}). {@code GET /orders/live} is a page that shows both.
 */
public final class OrderFeed {

    /** What to cook. */
    public record NewOrder(String burger) {}

    /** An order's status, as each feed sends it. */
    public record OrderStatus(int order, String burger, String status) {}

    /** What a WebSocket client asks to watch. */
    public record Watch(int order) {}

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PAGE = page();

    private final Map<Integer, Order> orders = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Duration cookingTime;

    /** A feed whose orders start cooking after a moment and are ready after {@code cookingTime}. */
    public OrderFeed(Duration cookingTime) {
        this.cookingTime = cookingTime;
    }

    /** Places an order and starts cooking it; answers at once with the order's first status. */
    @Post("/orders")
    public CompletionStage<OrderStatus> place(@Body NewOrder order) {
        String burger = order.burger() == null || order.burger().isBlank() ? "classic" : order.burger();
        Order placed = new Order(ids.incrementAndGet(), burger);
        orders.put(placed.id, placed);
        // The kitchen works on the griddle without holding a thread, like /task; nobody waits for it here.
        Async.sleep(cookingTime.dividedBy(3))
                .thenRun(() -> placed.advance(Order.COOKING))
                .thenCompose(v -> Async.sleep(cookingTime))
                .thenRun(() -> placed.advance(Order.READY));
        return CompletableFuture.completedFuture(status(placed, Order.RECEIVED));
    }

    /** The order's statuses as Server-Sent Events ({@code event: status}, {@code id} counts from 0); ends at ready. */
    @Streamed(Streamed.EVENT_STREAM)
    @Get("/orders/{id:int}/events")
    public Iterator<ServerSentEvent> events(@Path int id) {
        Order order = find(id);
        Iterator<String> updates = order.updates(PATIENCE);
        return new Iterator<>() {
            private int sent;

            @Override
            public boolean hasNext() {
                return updates.hasNext();
            }

            @Override
            public ServerSentEvent next() {
                return ServerSentEvent.of(status(order, updates.next()))
                        .withEvent("status")
                        .withId(String.valueOf(sent++));
            }
        };
    }

    /** The same statuses over a WebSocket: the client sends {@code {"order": id}}, then reads until ready. */
    @WebSocketRoute("/orders/ws")
    public void watch(BlockingWebSocket ws) {
        ws.accept();
        int id = ws.receiveJson(Watch.class).order();
        Order order = orders.get(id);
        if (order == null) {
            throw new WebSocketException(1008, "Order " + id + " not found");
        }
        for (Iterator<String> updates = order.updates(PATIENCE); updates.hasNext(); ) {
            ws.sendJson(status(order, updates.next()));
        }
        ws.close();
    }

    /** The live page: places an order and lists its statuses as they arrive over both feeds. Not an API operation. */
    @Operation(includeInSchema = false)
    @Get("/orders/live")
    public Response live() {
        return Response.html(PAGE);
    }

    private Order find(int id) {
        Order order = orders.get(id);
        if (order == null) {
            throw new HttpError(404, "Order not found");
        }
        return order;
    }

    private static OrderStatus status(Order order, String status) {
        return new OrderStatus(order.id, order.burger, status);
    }

    private static String page() {
        try (InputStream in = OrderFeed.class.getResourceAsStream("orders-live.html")) {
            if (in == null) {
                throw new IllegalStateException("orders-live.html is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
