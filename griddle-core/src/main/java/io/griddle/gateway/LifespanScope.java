package io.griddle.gateway;

import java.util.Map;

/**
 * The application's life in one server process: startup, then shutdown, as {@link LifespanMessage}s.
 *
 * @param state a map the application may fill at startup; it is shared with every later scope of the process
 */
public record LifespanScope(Map<String, Object> state) implements Scope {}
