package example.orders;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.server.Griddle;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** Endpoints with a JSON body, path and query parameters, Jakarta constraints and an application constraint. */
public final class Orders {

    record Order(@NotBlank String item, @Min(1) int count) {}

    record Receipt(int table, String item, int count, String size) {}

    @Post("/tables/{table}/orders")
    Receipt order(@Path int table, @Body Order order, @Query Optional<String> size) {
        return new Receipt(table, order.item(), order.count(), size.orElse("regular"));
    }

    @Get("/tables/{table}")
    String table(@Path @Even int table) {
        return "table " + table;
    }

    public static void main(String[] args) {
        Griddle.run(App.create().include(new Orders()), args);
    }
}
