package io.griddle.examples.burgershop;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import io.griddle.RequestValidationError;
import io.griddle.concurrent.Async;
import io.griddle.http.HttpError;
import io.griddle.server.Griddle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The burger shop: one griddle (the event loop) cooking many burgers at once, next to a kitchen of cooks (the
 * blocking executor), and the classic mistake of blocking the griddle. Run it and watch the log while you call
 * {@code /task-blocking-in-async}.
 */
public final class BurgerShop {

    private static final Logger LOG = LoggerFactory.getLogger(BurgerShop.class);

    /** A status reply. */
    public record Status(String status) {}

    /** A burger, fresh off the griddle. */
    public record Burger(int number, String name, double cookedSeconds) {}

    private static final String DONE = "long_running task completed";
    private static final String[] MENU = {"classic", "cheese", "bacon", "veggie", "double"};

    /** Async: answers at once, from the loop. */
    @Get("/quick")
    public CompletionStage<Status> quick() {
        return CompletableFuture.completedFuture(new Status("quick response"));
    }

    /** Async: waits without blocking; the loop serves everyone else meanwhile. A client that leaves cancels it. */
    @Get("/task")
    public CompletionStage<Status> task(@Query @Default("20") double seconds) {
        long started = System.nanoTime();
        CompletionStage<Void> wait = Async.sleep(Duration.ofMillis((long) (seconds * 1000)));
        wait.whenComplete((v, error) -> {
            if (error instanceof CancellationException) {
                LOG.info(
                        "task cancelled after {} ms: the client disconnected",
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
        return wait.thenApply(v -> new Status(DONE));
    }

    /** Blocking: sleeps its own thread (a virtual thread by default); the loop is not involved. */
    @Get("/task-threadpool")
    public Status taskThreadpool(@Query @Default("20") double seconds) throws InterruptedException {
        if (LOG.isDebugEnabled()) {
            LOG.debug("task-threadpool sleeping {} s", seconds);
        }
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException interrupted) {
            LOG.info("task-threadpool interrupted: the client disconnected");
            throw interrupted;
        }
        return new Status(DONE);
    }

    /**
     * The classic mistake, kept on purpose: an async handler that sleeps its thread, which is the event loop. Every
     * connection on that loop waits, and the watchdog names this route in the log.
     */
    @Get("/task-blocking-in-async")
    public CompletionStage<Status> taskBlockingInAsync(@Query @Default("20") double seconds)
            throws InterruptedException {
        Thread.sleep((long) (seconds * 1000)); // blocks the loop: do not do this
        return CompletableFuture.completedFuture(new Status(DONE));
    }

    /** Async: cooks N burgers at once on the griddle; they are ready together, after one cooking time. */
    @Get("/burgers")
    public CompletionStage<List<Burger>> burgers(@Query @Default("1") int number, @Query @Default("1") double seconds) {
        if (number < 1 || number > 1000) {
            throw new RequestValidationError(List.of(new RequestValidationError.Issue(
                    number < 1 ? "greater_than_equal" : "less_than_equal",
                    List.of("query", "number"),
                    number < 1
                            ? "Input should be greater than or equal to 1"
                            : "Input should be less than or equal to 1000",
                    String.valueOf(number))));
        }
        List<CompletionStage<Burger>> cooking = new ArrayList<>(number);
        for (int i = 1; i <= number; i++) {
            cooking.add(cook(i, seconds));
        }
        return Async.gather(cooking);
    }

    /** A burger from the menu by number; {@code /burgers/abc} does not match the route (404). */
    @Get("/burgers/{number:int}")
    public Burger burger(@Path int number) {
        if (number < 1 || number > MENU.length) {
            throw new HttpError(404, "Burger not found");
        }
        return new Burger(number, MENU[number - 1], 0);
    }

    private static CompletionStage<Burger> cook(int number, double seconds) {
        return Async.sleep(Duration.ofMillis((long) (seconds * 1000)))
                .thenApply(v -> new Burger(number, MENU[(number - 1) % MENU.length], seconds));
    }

    /** The application. */
    public static App app() {
        return App.create()
                .title("Burger shop")
                .version("1.0.0")
                .description("One griddle cooking many burgers at once: async and blocking endpoints side by side.")
                .include(new BurgerShop())
                .include(new OrderFeed(Duration.ofMillis(300)));
    }

    public static void main(String[] args) {
        Griddle.run(app(), args);
    }
}
