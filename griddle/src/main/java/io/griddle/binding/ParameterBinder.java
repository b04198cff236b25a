package io.griddle.binding;

import io.griddle.http.Request;

/** Produces one handler argument from the request; built once per parameter at startup. */
@FunctionalInterface
interface ParameterBinder {
    Object bind(Request request);
}
