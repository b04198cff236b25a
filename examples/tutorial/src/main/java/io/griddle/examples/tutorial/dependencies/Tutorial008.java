package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Yield;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dependencies with exit code that depend on each other: C needs B, B needs A. Each exit can still use what it
 * depends on, because exits run last opened first: C's, then B's, then A's. FastAPI's tutorial has only the
 * dependencies; its test adds the route, as here.
 */
public final class Tutorial008 {

    /** A resource that records its closing in the log. */
    public record Dep(String name, List<String> log) {
        void close(Dep using) {
            log.add("close " + name + (using == null ? "" : " using " + using.name()));
        }
    }

    private final List<String> log;

    Tutorial008(List<String> log) {
        this.log = log;
    }

    public final class DependencyA {
        public Yield<Dep> provide() {
            Dep a = new Dep("a", log);
            return Yield.of(a).onExit(() -> a.close(null));
        }
    }

    public final class DependencyB {
        public Yield<Dep> provide(@Depends(DependencyA.class) Dep a) {
            Dep b = new Dep("b", log);
            return Yield.of(b).onExit(() -> b.close(a));
        }
    }

    public final class DependencyC {
        public Yield<Dep> provide(@Depends(DependencyB.class) Dep b) {
            Dep c = new Dep("c", log);
            return Yield.of(c).onExit(() -> c.close(b));
        }
    }

    @Get("/")
    public Object readRoot(@Depends(DependencyC.class) Dep c) {
        return Map.of("c", c.name());
    }

    /** The app, logging each closing into {@code log}. */
    public static App app(List<String> log) {
        Tutorial008 tutorial = new Tutorial008(log);
        return App.create()
                .provide(DependencyA.class, tutorial.new DependencyA())
                .provide(DependencyB.class, tutorial.new DependencyB())
                .provide(DependencyC.class, tutorial.new DependencyC())
                .include(tutorial);
    }

    /** The app. */
    public static App app() {
        return app(new CopyOnWriteArrayList<>());
    }
}
