/**
 * What an application writes: {@link io.griddle.App}, {@link io.griddle.ApiRouter}, the route annotations
 * ({@code @Get}, {@code @Post}, ...), the parameter annotations ({@code @Path}, {@code @Query}, {@code @Body},
 * {@code @Depends}, ...), {@link io.griddle.Yield}, {@link io.griddle.UploadFile} and the validation errors. FastAPI's
 * {@code from fastapi import ...} in one package.
 *
 * <p>About thirty types, above the project's ~15 per package, on purpose: they are the user's vocabulary, imported
 * together ({@code import io.griddle.*;}), and splitting them would make every application import several packages
 * for what FastAPI offers from one. Everything behind them lives in sub-packages ({@code binding}, {@code openapi},
 * {@code security}).
 *
 * <pre>{@code
 * import io.griddle.*;
 *
 * class Shop {
 *     @Get("/burgers/{id}") Burger burger(@Path int id, @Query Optional<String> size) { ... }
 * }
 * }</pre>
 */
package io.griddle;
