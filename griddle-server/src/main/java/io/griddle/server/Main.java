package io.griddle.server;

/**
 * The {@code griddle} launcher: serves an application named on the command line, as {@code uvicorn main:app}.
 *
 * <pre>
 * java -cp app.jar:... io.griddle.server.Main com.example.Shop:app --port 8000
 * java -cp app.jar:... io.griddle.server.Main com.example.Shop:create --factory
 * </pre>
 *
 * The reference is a class and a static field or no-argument static method giving the application; every other
 * flag is the same as for {@link Griddle#run(io.griddle.gateway.Gateway, String...)}, {@code --workers} and
 * {@code --reload} included: the supervisor then loads the application only in its workers.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        ServerOptions.Launch launch = Griddle.parseForMain(args, true);
        if (launch == null) {
            return; // --help or --version
        }
        if (launch.app() == null) {
            System.err.println("Error: name the application to serve, e.g. com.example.Shop:app (try --help)");
            System.exit(2);
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Griddle.launch(launch.config(), launch.processes(), () -> {
            try {
                return AppReference.load(launch.app(), launch.factory(), loader);
            } catch (ExceptionInInitializerError e) {
                throw new IllegalArgumentException("Error loading app \"" + launch.app() + "\": " + e.getCause());
            }
        });
    }
}
