package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Operation;
import io.griddle.Post;
import java.util.Optional;
import java.util.Set;

/**
 * The description for the docs, written in the annotation; what FastAPI's docstring keeps after its {@code \f}
 * (notes for the code's readers) stays a Javadoc comment here, which the document never reads.
 */
public final class Tutorial004 {

    /** An item with a set of tags. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) Set<String> tags) {}

    /**
     * Creates the item.
     *
     * @param item user input
     */
    @Operation(summary = "Create an item", description = """
                    Create an item with all the information:

                    - **name**: each item must have a name
                    - **description**: a long description
                    - **price**: required
                    - **tax**: if the item doesn't have tax, you can omit this
                    - **tags**: a set of unique tag strings for this item""")
    @Post("/items/")
    public Item createItem(@Body Item item) {
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
