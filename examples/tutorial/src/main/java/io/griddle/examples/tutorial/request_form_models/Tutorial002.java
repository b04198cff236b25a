package io.griddle.examples.tutorial.request_form_models;

import io.griddle.App;
import io.griddle.ForbidExtra;
import io.griddle.Form;
import io.griddle.Post;

/**
 * A form as a model that forbids other fields: {@code @ForbidExtra} on the record makes a field it does not
 * name a 422 {@code extra_forbidden} at {@code ["body", name]}, and the schema says {@code additionalProperties: false}.
 */
public final class Tutorial002 {

    /** The login form's two fields. */
    @ForbidExtra
    public record FormData(String username, String password) {}

    @Post("/login/")
    public FormData login(@Form FormData data) {
        return data;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
