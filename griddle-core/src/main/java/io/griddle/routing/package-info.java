/**
 * Routing: {@link io.griddle.routing.PathPattern path templates} with typed converters ({@code {id:int}},
 * {@code {name}}, {@code {rest:path}}), {@link io.griddle.routing.Route routes} that bind a method and a template to an
 * {@link io.griddle.routing.Endpoint}, and the {@link io.griddle.routing.Router} that finds one for a request. An
 * endpoint's kind says where its handler runs; {@code Dispatcher} is the one place that acts on it.
 */
package io.griddle.routing;
