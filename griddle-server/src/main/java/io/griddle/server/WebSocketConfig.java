package io.griddle.server;

import java.time.Duration;

/**
 * How the server serves WebSockets, Uvicorn's {@code --ws*} flags.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder()
 *         .webSockets(WebSocketConfig.defaults().withMaxSize(1 << 20).withPingInterval(Duration.ofSeconds(5)))
 *         .build();
 * }</pre>
 *
 * @param enabled          serve WebSocket upgrades ({@code --ws auto}); when false ({@code --ws none}) an upgrade
 *                         request is served as a plain HTTP request
 * @param maxSize          the largest message, in bytes, after reassembly and decompression (larger: close 1009)
 * @param maxQueue         how many received messages wait for the application before the server stops reading
 * @param pingInterval     how often the server pings an open WebSocket; zero for never
 * @param pingTimeout      how long a ping may wait for its pong before the server closes with 1011; zero for ever
 * @param perMessageDeflate whether {@code permessage-deflate} compression is offered
 */
public record WebSocketConfig(
        boolean enabled,
        int maxSize,
        int maxQueue,
        Duration pingInterval,
        Duration pingTimeout,
        boolean perMessageDeflate) {

    /**
     * Checks every value.
     *
     * @throws InvalidSetting naming the flag of the first value out of range
     */
    public WebSocketConfig {
        InvalidSetting.check(maxSize >= 1, "--ws-max-size", maxSize + " (at least 1)");
        InvalidSetting.check(maxQueue >= 1, "--ws-max-queue", maxQueue + " (at least 1)");
        InvalidSetting.check(
                !pingInterval.isNegative(), "--ws-ping-interval", pingInterval.toMillis() / 1e3 + " (0 for none)");
        InvalidSetting.check(
                !pingTimeout.isNegative(), "--ws-ping-timeout", pingTimeout.toMillis() / 1e3 + " (0 for none)");
    }

    /** Uvicorn's defaults: on, 16 MiB messages, 32 queued, a ping every 20 s answered within 20 s, compression. */
    public static WebSocketConfig defaults() {
        return new WebSocketConfig(true, 16 * 1024 * 1024, 32, Duration.ofSeconds(20), Duration.ofSeconds(20), true);
    }

    public WebSocketConfig withEnabled(boolean value) {
        return new WebSocketConfig(value, maxSize, maxQueue, pingInterval, pingTimeout, perMessageDeflate);
    }

    public WebSocketConfig withMaxSize(int bytes) {
        return new WebSocketConfig(enabled, bytes, maxQueue, pingInterval, pingTimeout, perMessageDeflate);
    }

    public WebSocketConfig withMaxQueue(int messages) {
        return new WebSocketConfig(enabled, maxSize, messages, pingInterval, pingTimeout, perMessageDeflate);
    }

    public WebSocketConfig withPingInterval(Duration interval) {
        return new WebSocketConfig(enabled, maxSize, maxQueue, interval, pingTimeout, perMessageDeflate);
    }

    public WebSocketConfig withPingTimeout(Duration timeout) {
        return new WebSocketConfig(enabled, maxSize, maxQueue, pingInterval, timeout, perMessageDeflate);
    }

    public WebSocketConfig withPerMessageDeflate(boolean offer) {
        return new WebSocketConfig(enabled, maxSize, maxQueue, pingInterval, pingTimeout, offer);
    }
}
