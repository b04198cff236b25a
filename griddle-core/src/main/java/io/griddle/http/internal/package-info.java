/**
 * Internal to griddle-core, not API: what {@code io.griddle.web} needs of {@link io.griddle.http.Request} that
 * handlers must not see ({@link io.griddle.http.internal.RequestAccess}).
 */
package io.griddle.http.internal;
