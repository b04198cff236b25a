/**
 * Checks on bound values and where their problems are reported: Jakarta constraints compiled into plain checks
 * ({@link io.griddle.binding.validation.Constraints}), an application's own constraints on parameters
 * ({@code CustomConstraint}), the Jakarta validator for records that need it
 * ({@link io.griddle.binding.validation.BeanValidation}) and the locations of issues
 * ({@link io.griddle.binding.validation.Location}, {@link io.griddle.binding.validation.ElementLocations}).
 */
package io.griddle.binding.validation;
