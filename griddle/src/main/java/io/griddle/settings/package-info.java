/**
 * Typed settings from environment variables and {@code .env} files, Pydantic Settings' {@code BaseSettings}: a record
 * whose components are read by name, converted and validated as a request body's fields, once, at startup. See
 * {@link io.griddle.settings.SettingsLoader}.
 */
package io.griddle.settings;
