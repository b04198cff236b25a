/**
 * The application that implements the gateway: {@link io.griddle.web.WebApp} routes each request through the
 * middleware stack to an endpoint (which runs its handler on the loop or the blocking executor, as its kind says:
 * {@link io.griddle.routing.Endpoint#handle}), turns errors into responses ({@link io.griddle.web.ErrorHandlers})
 * and answers the lifespan ({@link io.griddle.web.Lifespan}). A request's path through the code:
 * {@code WebApp.call -> Exchange -> middleware -> ErrorHandlers -> Router -> Endpoint (Dispatcher) -> ResponseWriter}.
 */
package io.griddle.web;
