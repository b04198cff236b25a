package io.griddle.examples.tutorial.header_param_models;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Header;
import java.util.List;
import java.util.Optional;

/**
 * Headers as a model without converting underscores: {@code @Header(convertUnderscores = false)} reads
 * {@code save_data} from a header named {@code save_data}, as FastAPI's {@code Header(convert_underscores=False)}.
 */
public final class Tutorial003 {

    /** Headers read as one record; {@code x_tag} takes every line of a repeated header. */
    public record CommonHeaders(
            String host,
            boolean save_data,
            Optional<String> if_modified_since,
            Optional<String> traceparent,
            @Default({}) List<String> x_tag) {}

    @Get("/items/")
    public CommonHeaders readItems(@Header(convertUnderscores = false) CommonHeaders headers) {
        return headers;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
