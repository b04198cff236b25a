/**
 * The application that implements the gateway: {@link io.griddle.web.WebApp} routes each request through the
 * middleware stack to an endpoint, runs it on the loop or the blocking executor ({@link io.griddle.web.Dispatcher}),
 * turns errors into responses ({@link io.griddle.web.ErrorHandlers}) and answers the lifespan
 * ({@link io.griddle.web.Lifespan}). A request's path through the code:
 * {@code WebApp.call -> Exchange -> middleware -> ErrorHandlers -> Router -> Dispatcher -> Endpoint -> ResponseWriter}.
 */
package io.griddle.web;
