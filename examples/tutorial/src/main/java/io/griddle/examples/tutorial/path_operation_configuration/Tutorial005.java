package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Operation;
import io.griddle.Post;
import java.util.Optional;
import java.util.Set;

/**
 * A Markdown description, written where FastAPI reads the function's docstring (Java keeps no doc comment at run
 * time); and the success response's description.
 */
public final class Tutorial005 {

    /** An item with a set of tags. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) Set<String> tags) {}

    @Operation(summary = "Create an item", responseDescription = "The created item", description = """
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
        return App.create().include(new Tutorial005());
    }
}
