package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import java.util.Map;

/** A map with integer keys: JSON keys are text, converted to {@code Integer} and validated. */
public final class Tutorial009 {

    @Post("/index-weights/")
    public Map<Integer, Double> createIndexWeights(@Body Map<Integer, Double> weights) {
        return weights;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial009());
    }
}
