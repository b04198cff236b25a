package io.griddle.examples.tutorial;

import io.griddle.App;
import io.griddle.server.Griddle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs one tutorial app: {@code java -jar tutorial.jar <chapter>.<tutorial> [server flags]}, for example
 * {@code java -jar examples/tutorial/target/tutorial.jar query_params_str_validations.tutorial010 --port 8000}.
 *
 * <p>Each tutorial is a class {@code io.griddle.examples.tutorial.<chapter>.TutorialNNN} with a static
 * {@code app()} method that builds its {@link App}; the chapter and number follow FastAPI's {@code docs_src}.
 */
public final class Tutorials {

    private static final String PACKAGE = Tutorials.class.getPackageName();

    private Tutorials() {}

    /** Starts the named tutorial with the remaining arguments as server flags. */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println(
                    "usage: java -jar tutorial.jar <chapter>.<tutorial> [flags], e.g. first_steps.tutorial001 --port 8000");
            System.exit(2);
            return;
        }
        Optional<App> app = find(args[0]);
        if (app.isEmpty()) {
            System.err.println("griddle: no tutorial named '" + args[0]
                    + "' (expected <chapter>.tutorialNNN, e.g. path_params.tutorial002)");
            System.exit(2);
            return;
        }
        Griddle.run(app.get(), Arrays.copyOfRange(args, 1, args.length));
    }

    /**
     * The app of a tutorial named as in FastAPI's docs, {@code chapter.tutorialNNN}; empty if there is none.
     *
     * @param name for example {@code "first_steps.tutorial001"}
     */
    public static Optional<App> find(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String chapter = name.substring(0, dot);
        String tutorial = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        // FastAPI names most tutorials tutorialNNN, and the multi-file ones app01, app_a, ... (class App01, App_a).
        if (!chapter.matches("[a-z0-9_]+") || !tutorial.matches("(tutorial|app)[0-9a-z_]*")) {
            return Optional.empty();
        }
        String className =
                PACKAGE + "." + chapter + "." + Character.toUpperCase(tutorial.charAt(0)) + tutorial.substring(1);
        try {
            Method factory = Class.forName(className).getMethod("app");
            if (!Modifier.isStatic(factory.getModifiers()) || !App.class.isAssignableFrom(factory.getReturnType())) {
                return Optional.empty();
            }
            return Optional.of((App) factory.invoke(null));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("tutorial " + name + " failed to build its app", e.getCause());
        }
    }
}
