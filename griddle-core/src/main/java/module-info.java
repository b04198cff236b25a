/**
 * Griddle's core: the gateway SPI, the HTTP toolkit, routing, the concurrency runtime and the Starlette-like
 * {@link io.griddle.web.WebApp}. No transport: servers and the test client build on it (decision 001).
 *
 * <p>Every package here is API: applications import all six, and the server, the test client and the framework
 * layer build on them. Jackson is required transitively because {@link io.griddle.http.Json#mapper()} hands out
 * its {@code JsonMapper}.
 */
module io.griddle.core {
    requires transitive tools.jackson.databind;
    requires org.slf4j;

    exports io.griddle.gateway;
    exports io.griddle.http;
    exports io.griddle.routing;
    exports io.griddle.concurrent;
    exports io.griddle.web;
    exports io.griddle.files;
    exports io.griddle.middleware;
    exports io.griddle.streaming;
    exports io.griddle.websocket;
}
