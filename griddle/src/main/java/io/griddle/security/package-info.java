/**
 * Security schemes as dependencies, as FastAPI's {@code fastapi.security}: {@link io.griddle.security.OAuth2PasswordBearer}
 * with {@link io.griddle.security.OAuth2PasswordRequestForm}, {@link io.griddle.security.HttpBasic},
 * {@link io.griddle.security.HttpBearer}, {@link io.griddle.security.HttpDigest} and API keys in a header, query
 * parameter or cookie. Each is a provider for {@link io.griddle.Depends}, answers 401 with a
 * {@code WWW-Authenticate} challenge when credentials are missing, and documents itself in the OpenAPI document.
 * {@link io.griddle.security.Secrets} compares secrets in constant time.
 */
package io.griddle.security;
