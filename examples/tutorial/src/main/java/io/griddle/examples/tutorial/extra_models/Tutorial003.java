package io.griddle.examples.tutorial.extra_models;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;

/**
 * An answer that is one of two models: the declared return type is a sealed interface whose permitted records are
 * the alternatives, documented as {@code anyOf} of {@code PlaneItem} and {@code CarItem}; each answer is written as
 * the record it is, so a plane keeps its {@code size}.
 */
public final class Tutorial003 {

    /** What every item has; one of the permitted records. */
    public sealed interface BaseItem permits PlaneItem, CarItem {
        String description();

        String type();
    }

    /** A car: its type defaults to "car". */
    public record CarItem(
            String description, @Default("car") String type) implements BaseItem {}

    /** A plane: its type defaults to "plane", and it has a size. */
    public record PlaneItem(
            String description, @Default("plane") String type, int size) implements BaseItem {}

    static final Map<String, BaseItem> ITEMS = Map.of(
            "item1", new CarItem("All my friends drive a low rider", "car"),
            "item2", new PlaneItem("Music is my aeroplane, it's my aeroplane", "plane", 5));

    @Get("/items/{item_id}")
    public BaseItem readItem(@Path String item_id) {
        return ITEMS.get(item_id);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
