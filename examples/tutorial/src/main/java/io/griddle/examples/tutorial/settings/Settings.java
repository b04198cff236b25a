package io.griddle.examples.tutorial.settings;

import io.griddle.Default;

/**
 * The chapter's settings (FastAPI's {@code config.Settings}, a Pydantic {@code BaseSettings}): read from the
 * variables {@code APP_NAME}, {@code ADMIN_EMAIL} and {@code ITEMS_PER_USER}; only the e-mail is required.
 */
public record Settings(
        @Default("Awesome API") String app_name,
        String admin_email,
        @Default("50") int items_per_user) {}
