package io.griddle.examples.tutorial.extra_models;

import io.griddle.App;
import io.griddle.Get;
import java.util.Map;

/** A map as the answer: {@code Map<String, Double>}, documented as an object whose values are numbers. */
public final class Tutorial005 {

    @Get("/keyword-weights/")
    public Map<String, Double> readKeywordWeights() {
        return Map.of("foo", 2.3, "bar", 3.4);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
