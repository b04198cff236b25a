/**
 * Turns annotated handler methods into {@link io.griddle.routing.Endpoint}s, once, at startup: parameter binders,
 * a method handle, a JSON writer for the declared return type. Nothing here is reflective per request.
 */
package io.griddle.binding;
