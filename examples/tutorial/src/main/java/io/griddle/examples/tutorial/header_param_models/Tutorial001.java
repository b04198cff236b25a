package io.griddle.examples.tutorial.header_param_models;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Header;
import java.util.List;
import java.util.Optional;

/**
 * Headers as a model: {@code @Header CommonHeaders} reads each component from the header of its name with
 * underscores as hyphens ({@code save_data} from {@code save-data}), validates them as the record and documents each
 * as a header parameter; other headers are ignored.
 */
public final class Tutorial001 {

    /** Headers read as one record; {@code x_tag} takes every line of a repeated header. */
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
        return App.create().include(new Tutorial001());
    }
}
