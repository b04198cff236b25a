package io.griddle.examples.tutorial.extra_data_types;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Types beyond strings and numbers: a {@code UUID} in the path, and in the body two {@code OffsetDateTime}s, a
 * {@code Duration} (seconds as a number, or ISO 8601 text) and an optional {@code LocalTime}. The answer sends them
 * back with two computed values: a date-time and a duration in seconds.
 */
public final class Tutorial001 {

    @Put("/items/{item_id}")
    public Map<String, Object> readItems(
            @Path UUID item_id,
            @Body OffsetDateTime start_datetime,
            @Body OffsetDateTime end_datetime,
            @Body Duration process_after,
            @Body Optional<LocalTime> repeat_at) {
        OffsetDateTime startProcess = start_datetime.plus(process_after);
        Duration duration = Duration.between(startProcess, end_datetime);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("item_id", item_id);
        answer.put("start_datetime", start_datetime);
        answer.put("end_datetime", end_datetime);
        answer.put("process_after", process_after);
        answer.put("repeat_at", repeat_at);
        answer.put("start_process", startProcess);
        answer.put("duration", duration);
        return answer;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
