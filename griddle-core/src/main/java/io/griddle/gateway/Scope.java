package io.griddle.gateway;

/** What one {@link Gateway#call} serves; the kinds mirror ASGI's scope types. */
public sealed interface Scope permits HttpScope, WebSocketScope, LifespanScope {}
