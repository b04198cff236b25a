/**
 * The HTTP toolkit an application works with: {@link io.griddle.http.Request}, {@link io.griddle.http.Response},
 * {@link io.griddle.http.HttpError} and their parsers. Starlette's {@code requests} and {@code responses}.
 */
package io.griddle.http;
