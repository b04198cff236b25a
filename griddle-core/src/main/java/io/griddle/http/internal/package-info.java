/**
 * Plumbing between Griddle's own packages inside {@code io.griddle.core}, not exported: {@link
 * io.griddle.http.internal.RequestAccess} lets the web layer record a request's route and run its after-response tasks
 * without making those operations public on {@link io.griddle.http.Request}.
 */
package io.griddle.http.internal;
