/**
 * Built-in middleware, with Starlette's defaults and behaviour: {@link io.griddle.middleware.Cors},
 * {@link io.griddle.middleware.GZip}, {@link io.griddle.middleware.TrustedHost},
 * {@link io.griddle.middleware.HttpsRedirect} (pure middleware, {@link io.griddle.web.WebApp#wrap}) and
 * {@link io.griddle.middleware.Sessions} ({@link io.griddle.web.WebApp#use}).
 *
 * <pre>{@code
 * app.wrap(Cors.builder().allowOrigins("https://shop.example").allowCredentials(true).build())
 *    .wrap(GZip.builder().minimumSize(1000).build())
 *    .use(Sessions.builder(System.getenv("SESSION_KEY")).build());
 * }</pre>
 */
package io.griddle.middleware;
