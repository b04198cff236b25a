/**
 * Handler results written through what the handler declares: a {@code @ResponseModel}
 * ({@link io.griddle.binding.responses.ModelWriter}) or an interface of accessors
 * ({@link io.griddle.binding.responses.InterfaceModel}).
 */
package io.griddle.binding.responses;
