/**
 * Griddle's server, the counterpart of Uvicorn: Netty transport (epoll when present, NIO otherwise), the command
 * line ({@link io.griddle.server.Griddle#run}), the event loops and the lifespan. HTTP/1.1 lives in
 * {@link io.griddle.server.http1}.
 */
package io.griddle.server;
