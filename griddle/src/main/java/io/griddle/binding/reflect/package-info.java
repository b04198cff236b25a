/**
 * What the binding layer asks of declared Java types and classes, at startup only: a type's class and arguments, a
 * property's JSON name ({@link io.griddle.binding.reflect.Types}) and methods in source order
 * ({@link io.griddle.binding.reflect.DeclarationOrder}).
 */
package io.griddle.binding.reflect;
