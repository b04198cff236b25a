package io.griddle.gateway;

import java.util.concurrent.CompletionStage;

/**
 * Pushes an outbound message of a scope. The stage completes when the server has taken the message and can take
 * another (the transport's write buffer is below its high-water mark); it fails if the client is gone.
 */
@FunctionalInterface
public interface Send {
    CompletionStage<Void> send(Message message);
}
