package io.griddle.gateway;

/**
 * The messages of a {@link LifespanScope}: the server sends {@link Startup} before it accepts connections and
 * {@link Shutdown} after it stopped serving; the application answers each with a completion or a failure.
 */
public sealed interface LifespanMessage extends Message {

    /** Inbound: the server is about to accept connections. */
    record Startup() implements LifespanMessage {}

    /** Outbound: startup hooks ran. */
    record StartupComplete() implements LifespanMessage {}

    /** Outbound: startup failed; the server exits non-zero with this message. */
    record StartupFailed(String message) implements LifespanMessage {}

    /** Inbound: the server has stopped serving. */
    record Shutdown() implements LifespanMessage {}

    /** Outbound: shutdown hooks ran. */
    record ShutdownComplete() implements LifespanMessage {}

    /** Outbound: a shutdown hook failed. */
    record ShutdownFailed(String message) implements LifespanMessage {}
}
