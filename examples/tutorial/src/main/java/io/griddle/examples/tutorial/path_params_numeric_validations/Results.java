package io.griddle.examples.tutorial.path_params_numeric_validations;

import java.util.LinkedHashMap;
import java.util.Map;

/** The chapter's answer: the item id, and {@code q} unless it is empty (Python's {@code if q:}). */
final class Results {

    private Results() {}

    static Map<String, Object> of(int itemId, String q) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        if (q != null && !q.isEmpty()) {
            results.put("q", q);
        }
        return results;
    }
}
