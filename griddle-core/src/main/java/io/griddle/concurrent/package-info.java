/**
 * Griddle's concurrency model, the asyncio counterpart.
 *
 * <ul>
 *   <li>{@link io.griddle.concurrent.Loop}: an event-loop thread. Async handlers and their continuations run on the
 *       loop of their connection; a server attaches each of its loop threads once.</li>
 *   <li>{@link io.griddle.concurrent.Concurrency}: the process-wide settings and executors: the blocking executor
 *       (a virtual thread per call, or a bounded pool) and the watchdog that names a route holding a loop too long.</li>
 *   <li>{@link io.griddle.concurrent.Async}: sleep, gather, any, timeout, toThread and run, on top of
 *       {@link java.util.concurrent.CompletionStage}; cancelling a stage they built cancels the work beneath it.</li>
 * </ul>
 */
package io.griddle.concurrent;
