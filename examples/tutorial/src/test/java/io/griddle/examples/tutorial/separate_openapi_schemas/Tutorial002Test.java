package io.griddle.examples.tutorial.separate_openapi_schemas;

import io.griddle.App;
import java.util.function.Supplier;

/** FastAPI's tests/test_tutorial/test_separate_openapi_schemas/test_tutorial002, as the specification. */
class Tutorial002Test extends Tutorial001Test {

    @Override
    Supplier<App> app() {
        return Tutorial002::app;
    }
}
