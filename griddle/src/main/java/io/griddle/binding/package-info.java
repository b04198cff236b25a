/**
 * Turns annotated handler methods into {@link io.griddle.routing.Endpoint}s, once, at startup: parameter binders,
 * a method handle, a JSON writer for the declared return type. Nothing here is reflective per request.
 *
 * <p>This package assembles a route ({@link io.griddle.binding.Endpoints}) and runs one call of it
 * ({@code Invocation}, {@code Call}): the binders that read the per-request {@code Call} (parameters, forms, the body)
 * and the dependency providers live here, beside it, so that the call's state stays package-private. The building
 * blocks they are made of are sub-packages that know nothing of a route or a call (decision 025):
 * {@code json} (body binders, tree and stream), {@code params} (request text to values, defaults),
 * {@code forms} (reading a form body), {@code validation} (constraints and issue locations), {@code responses}
 * (response models and interface views) and {@code reflect} (what a declared type is, declaration order).
 */
package io.griddle.binding;
