package io.griddle.examples.tutorial.path_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Predefined values: an enum path parameter accepts only its constants' names, and is documented as an enum. */
public final class Tutorial005 {

    /** The models on offer; the constants' names are the values on the wire. */
    public enum ModelName {
        alexnet,
        resnet,
        lenet
    }

    @Get("/models/{model_name}")
    public Map<String, Object> getModel(@Path("model_name") ModelName modelName) {
        if (modelName == ModelName.alexnet) {
            return answer(modelName, "Deep Learning FTW!");
        }
        if (modelName.name().equals("lenet")) {
            return answer(modelName, "LeCNN all the images");
        }
        return answer(modelName, "Have some residuals");
    }

    private static Map<String, Object> answer(ModelName modelName, String message) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("model_name", modelName);
        answer.put("message", message);
        return answer;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
