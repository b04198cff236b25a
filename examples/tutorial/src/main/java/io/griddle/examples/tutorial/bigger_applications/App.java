package io.griddle.examples.tutorial.bigger_applications;

/**
 * FastAPI's {@code bigger_applications.app} by its own name: {@code java -jar tutorial.jar bigger_applications.app}
 * runs the same app as {@link Tutorial001}, which holds it (the class name {@code App} would hide Griddle's).
 */
public final class App {

    private App() {}

    /** The app of {@link Tutorial001}. */
    public static io.griddle.App app() {
        return Tutorial001.app();
    }
}
