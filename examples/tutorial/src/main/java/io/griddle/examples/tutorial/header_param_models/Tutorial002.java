package io.griddle.examples.tutorial.header_param_models;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.ForbidExtra;
import io.griddle.Get;
import io.griddle.Header;
import java.util.List;
import java.util.Optional;

/**
 * Headers as a model that forbids the others: {@code @ForbidExtra} on the record makes a header it does not
 * name a 422 {@code extra_forbidden} at {@code ["header", name]}.
 */
public final class Tutorial002 {

    /** Headers read as one record; {@code x_tag} takes every line of a repeated header. */
    @ForbidExtra
    public record CommonHeaders(
            String host,
            boolean save_data,
            Optional<String> if_modified_since,
            Optional<String> traceparent,
            @Default({}) List<String> x_tag) {}

    @Get("/items/")
    public CommonHeaders readItems(@Header CommonHeaders headers) {
        return headers;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
