package io.griddle.gateway;

import java.util.concurrent.CompletionStage;

/** Pulls the next inbound message of a scope. Calls must not overlap: wait for one stage before the next call. */
@FunctionalInterface
public interface Receive {
    CompletionStage<Message> receive();
}
