/**
 * Request text turned into parameter values: the converters with Pydantic's error types
 * ({@link io.griddle.binding.params.ValueParser}, URLs in {@code Urls}), a parameter's type taken apart
 * ({@link io.griddle.binding.params.ParameterShape}) and {@code @Default} values read once
 * ({@link io.griddle.binding.params.Defaults}).
 */
package io.griddle.binding.params;
