package io.griddle.examples.tutorial.response_change_status_code;

import io.griddle.App;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.StatusCode;
import io.griddle.http.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The status changed per request through the {@link Response} parameter: 201 when the task was created. */
public final class Tutorial001 {

    private final Map<String, String> tasks = new ConcurrentHashMap<>(Map.of("foo", "Listen to the Bar Fighters"));

    @StatusCode(200)
    @Put("/get-or-create-task/{task_id}")
    public String getOrCreateTask(@Path("task_id") String taskId, Response response) {
        if (!tasks.containsKey(taskId)) {
            tasks.put(taskId, "This didn't exist before");
            response.status(201);
        }
        return tasks.get(taskId);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
