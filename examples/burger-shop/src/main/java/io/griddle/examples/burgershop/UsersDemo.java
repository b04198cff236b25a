package io.griddle.examples.burgershop;

import io.griddle.concurrent.Async;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The asyncio tutorial in Griddle: look up 3, 2 and 1 users, one second each, first one group after the other
 * (about 6 s), then the three groups as concurrent tasks (about 3 s: the longest group).
 *
 * <pre>
 * java -cp examples/burger-shop/target/burger-shop.jar io.griddle.examples.burgershop.UsersDemo
 * </pre>
 */
public final class UsersDemo {

    /** How long the two runs took. */
    public record Timings(Duration sequential, Duration concurrent) {}

    private UsersDemo() {}

    /** Looks up one user: waits, without holding a thread. */
    static CompletionStage<String> getUser(int id, Duration lookup) {
        return Async.sleep(lookup).thenApply(v -> "user-" + id);
    }

    /** Looks up {@code count} users one after the other. */
    static CompletionStage<List<String>> getUsers(int count, Duration lookup) {
        CompletionStage<List<String>> chain = CompletableFuture.completedFuture(new ArrayList<>());
        for (int id = 1; id <= count; id++) {
            int user = id;
            chain = chain.thenCompose(found -> getUser(user, lookup).thenApply(name -> {
                found.add(name);
                return found;
            }));
        }
        return chain;
    }

    /** Runs both ways on an event loop, as {@code asyncio.run(main())}, and answers the timings. */
    public static Timings run(Duration lookup) {
        return Async.run(() -> {
            long start = System.nanoTime();
            return getUsers(3, lookup)
                    .thenCompose(v -> getUsers(2, lookup))
                    .thenCompose(v -> getUsers(1, lookup))
                    .thenCompose(v -> {
                        Duration sequential = Duration.ofNanos(System.nanoTime() - start);
                        long concurrentStart = System.nanoTime();
                        return Async.gather(getUsers(3, lookup), getUsers(2, lookup), getUsers(1, lookup))
                                .thenApply(all ->
                                        new Timings(sequential, Duration.ofNanos(System.nanoTime() - concurrentStart)));
                    });
        });
    }

    public static void main(String[] args) {
        Duration lookup = Duration.ofSeconds(1);
        System.out.println("Looking up 3, 2 and 1 users, " + lookup.toMillis() + " ms each...");
        Timings timings = run(lookup);
        System.out.printf("One after the other: %.2f s%n", timings.sequential().toMillis() / 1000.0);
        System.out.printf("As concurrent tasks: %.2f s%n", timings.concurrent().toMillis() / 1000.0);
    }
}
