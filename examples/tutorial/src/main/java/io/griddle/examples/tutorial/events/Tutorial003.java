package io.griddle.examples.tutorial.events;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;

/** Events: a lifespan loads the "model" at startup and releases it at shutdown. */
public final class Tutorial003 {

    /** The loaded models, empty before startup and after shutdown. */
    public static final Map<String, DoubleUnaryOperator> ML_MODELS = new ConcurrentHashMap<>();

    /** The fake model: the answer to everything. */
    public static final DoubleUnaryOperator FAKE_ANSWER_TO_EVERYTHING_ML_MODEL = x -> x * 42;

    @Get("/predict")
    public Object predict(@Query double x) {
        double result = ML_MODELS.get("answer_to_everything").applyAsDouble(x);
        return Map.of("result", result);
    }

    /** The app. */
    public static App app() {
        return App.create()
                .lifespan(state -> {
                    // Load the ML model
                    ML_MODELS.put("answer_to_everything", FAKE_ANSWER_TO_EVERYTHING_ML_MODEL);
                    // Clean up the ML models and release the resources
                    return ML_MODELS::clear;
                })
                .include(new Tutorial003());
    }
}
