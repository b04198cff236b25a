package io.griddle.binding;

/** Produces one argument of a handler or provider from the call; built once per parameter at startup. */
@FunctionalInterface
interface ParameterBinder {
    Object bind(Call call);
}
