package io.griddle.gateway;

/** A message that travels through {@link Receive} or {@link Send}; each scope kind has its own family. */
public sealed interface Message permits HttpMessage, WebSocketMessage, LifespanMessage {}
