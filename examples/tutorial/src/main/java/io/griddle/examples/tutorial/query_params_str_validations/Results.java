package io.griddle.examples.tutorial.query_params_str_validations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chapter's answer: two fake items, and {@code q} when it is present and not empty (Python's {@code if q:}). */
final class Results {

    private Results() {}

    static Map<String, Object> of(Optional<String> q) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("items", List.of(Map.of("item_id", "Foo"), Map.of("item_id", "Bar")));
        q.filter(text -> !text.isEmpty()).ifPresent(text -> results.put("q", text));
        return results;
    }
}
