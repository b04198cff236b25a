package io.griddle.examples.tutorial.body;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The body chapter's model: {@code name} and {@code price} are required, {@code description} and {@code tax} may be
 * left out (or sent as {@code null}).
 */
public record Item(String name, Optional<String> description, double price, Optional<Double> tax) {

    /** The fields as a map, absent ones as {@code null}: Pydantic's {@code item.model_dump()}. */
    public Map<String, Object> dump() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description.orElse(null));
        fields.put("price", price);
        fields.put("tax", tax.orElse(null));
        return fields;
    }
}
