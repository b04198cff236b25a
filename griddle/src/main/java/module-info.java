/**
 * Griddle, the FastAPI-like layer: {@link io.griddle.App}, the annotations, parameters and dependencies,
 * security schemes and OpenAPI.
 *
 * <p>API: {@code io.griddle}, {@code io.griddle.security}, {@code io.griddle.openapi} (what an application gives
 * {@link io.griddle.App} for its document). {@code io.griddle.binding} and {@code io.griddle.openapi.document} (the
 * document builder and the docs routes) are internal. Jakarta Validation is required transitively: applications put its constraints on their
 * parameters and records.
 *
 * <p>A modular application opens its endpoint and model packages to this module (handlers, dependencies and
 * records are reached by reflection once, at startup), to {@code tools.jackson.databind} (JSON) and to
 * {@code org.hibernate.validator} (constraints Griddle does not check itself); see decision 023.
 */
@SuppressWarnings("requires-automatic") // the webjars below have no module name of their own
module io.griddle {
    requires transitive io.griddle.core;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires transitive com.fasterxml.jackson.annotation; // its annotations are on public records

    // multipart/form-data bodies (decision 013)
    requires io.netty.common;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires org.slf4j;

    // /docs and /redoc read their files from these jars: required so that they are resolved on the module path.
    requires swagger.ui;
    requires redoc;

    exports io.griddle;
    exports io.griddle.security;
    exports io.griddle.openapi;
    exports io.griddle.responses;
    exports io.griddle.settings;
}
