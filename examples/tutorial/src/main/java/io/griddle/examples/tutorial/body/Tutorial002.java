package io.griddle.examples.tutorial.body;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import java.util.Map;

/** Using the model: the answer adds {@code price_with_tax} when the item has a tax. */
public final class Tutorial002 {

    @Post("/items/")
    public Map<String, Object> createItem(@Body Item item) {
        Map<String, Object> answer = item.dump();
        item.tax().ifPresent(tax -> answer.put("price_with_tax", item.price() + tax));
        return answer;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
