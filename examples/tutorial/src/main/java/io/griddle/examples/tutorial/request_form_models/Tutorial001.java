package io.griddle.examples.tutorial.request_form_models;

import io.griddle.App;
import io.griddle.Form;
import io.griddle.Post;

/**
 * A form as a model: {@code @Form FormData} reads the record's components from the fields of an
 * {@code application/x-www-form-urlencoded} body; the document shows the record as the body's schema.
 */
public final class Tutorial001 {

    /** The login form's two fields. */
    public record FormData(String username, String password) {}

    @Post("/login/")
    public FormData login(@Form FormData data) {
        return data;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
