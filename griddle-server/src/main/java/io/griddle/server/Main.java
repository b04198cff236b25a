package io.griddle.server;

import io.griddle.gateway.Gateway;

/**
 * The {@code griddle} launcher: serves an application named on the command line, as {@code uvicorn main:app}.
 *
 * <pre>
 * java -cp app.jar:... io.griddle.server.Main com.example.Shop:app --port 8000
 * java -cp app.jar:... io.griddle.server.Main com.example.Shop:create --factory
 * </pre>
 *
 * The reference is a class and a static field or no-argument static method giving the application; every other
 * flag is the same as for {@link Griddle#run(Gateway, String...)}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ServerOptions.Launch launch;
        try {
            launch = ServerOptions.parseLaunch(args, System.getenv(), new java.io.PrintWriter(System.out, true));
        } catch (ServerOptions.BadFlag badFlag) {
            System.err.println("Error: " + badFlag.getMessage() + " (try --help)");
            System.exit(2);
            return;
        }
        if (launch == null) {
            return; // --help or --version
        }
        if (launch.app() == null) {
            System.err.println("Error: name the application to serve, e.g. com.example.Shop:app (try --help)");
            System.exit(2);
            return;
        }
        Gateway app;
        try {
            app = AppReference.load(launch.app(), launch.factory(), Thread.currentThread().getContextClassLoader());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        } catch (ExceptionInInitializerError e) {
            System.err.println("Error loading app \"" + launch.app() + "\": " + e.getCause());
            System.exit(3);
            return;
        }
        Griddle.run(app, launch.config());
    }
}
