import io.griddle.*;
import io.griddle.concurrent.Async;
import io.griddle.server.Griddle;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import static java.time.Duration.ofMillis;

public class Shop {
    record Burger(int id, String size) {}
    record Status(String status) {}

    @Get("/burgers/{id}")            // blocking: runs on a virtual thread, may call JDBC, sleep, ...
    Burger burger(@Path int id, @Query Optional<String> size) { return new Burger(id, size.orElse("regular")); }

    @Get("/quick")                   // async: runs on the event loop, waits without blocking it
    CompletionStage<Status> quick() { return Async.sleep(ofMillis(5)).thenApply(v -> new Status("ok")); }

    public static void main(String[] args) { Griddle.run(App.create().include(new Shop()), args); }
}
