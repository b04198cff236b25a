/**
 * Response classes for {@link io.griddle.ResponseClass @ResponseClass}, FastAPI's {@code response_class}: how a
 * handler's result becomes a response, and what the OpenAPI document says of it.
 */
package io.griddle.responses;
