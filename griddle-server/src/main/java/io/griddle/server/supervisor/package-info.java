/**
 * Worker processes and reload ({@code --workers N}, {@code --reload}): the {@link
 * io.griddle.server.supervisor.Supervisor} binds the socket once and runs the application in child JVMs, each
 * handed the socket over a Unix control channel ({@link io.griddle.server.supervisor.WorkerAgent} is the worker's
 * end); health pings, replacement, rolling restarts and file watching live here. Linux (epoll) only.
 */
package io.griddle.server.supervisor;
