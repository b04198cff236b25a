package io.griddle.binding.forms;

import io.griddle.UploadFile;
import java.util.List;
import java.util.Map;

/**
 * A request body read as a form: each field name with its values in order, text ({@code String}) or files
 * ({@link UploadFile}). Built once per request by {@link FormReader}.
 */
public record FormData(Map<String, List<Object>> values) {

    public static final FormData EMPTY = new FormData(Map.of());

    /** Every value of the field; empty when absent. */
    public List<Object> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The field's last value, as Starlette's form gives it, or {@code null}. */
    public Object last(String name) {
        List<Object> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
