package io.griddle.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server flags {@code griddle dev} and {@code griddle run} pass on to the application unchanged (the server
 * checks them and says what is wrong), with the defaults of each mode added where the user gave none, on the command
 * line or as {@code GRIDDLE_<NAME>} in the environment.
 *
 * <pre>{@code
 * ServerFlags flags = new ServerFlags(List.of("--port", "9000"), System.getenv());
 * flags.withDefaults(Mode.DEV);   // [--port, 9000, --host, 127.0.0.1, --reload, --reload-delay, 0.1]
 * flags.appUrl("127.0.0.1");      // http://127.0.0.1:9000
 * }</pre>
 */
final class ServerFlags {

    /** How the application is served. */
    enum Mode {
        /** {@code griddle dev}: loopback only, restarts on changes. */
        DEV,
        /** {@code griddle run}: every interface, no reload. */
        RUN
    }

    private final List<String> args;
    private final Map<String, String> environment;

    ServerFlags(List<String> args, Map<String, String> environment) {
        this.args = List.copyOf(args);
        this.environment = environment;
    }

    List<String> args() {
        return args;
    }

    /** The value of {@code --name V} or {@code --name=V} on the command line, else of GRIDDLE_NAME. */
    Optional<String> value(String flag) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(flag) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith(flag + "=")) {
                return Optional.of(arg.substring(flag.length() + 1));
            }
        }
        String env =
                environment.get("GRIDDLE_" + flag.substring(2).replace('-', '_').toUpperCase(java.util.Locale.ROOT));
        return Optional.ofNullable(env);
    }

    /** Whether the flag appears at all (alone, with a value, or as its GRIDDLE_ variable). */
    boolean given(String flag) {
        return args.stream().anyMatch(arg -> arg.equals(flag) || arg.startsWith(flag + "="))
                || value(flag).isPresent();
    }

    /** The flags with the mode's defaults added: the host, and for DEV the reload flags. */
    List<String> withDefaults(Mode mode) {
        List<String> all = new ArrayList<>(args);
        if (!given("--host") && !given("--uds") && !given("--fd")) {
            all.add("--host");
            all.add(mode == Mode.DEV ? "127.0.0.1" : "0.0.0.0");
        }
        if (mode == Mode.DEV) {
            if (!given("--reload")) {
                all.add("--reload");
            }
            if (!given("--reload-delay")) {
                // javac writes its classes in one burst; a short gather keeps a change live within a second
                all.add("--reload-delay");
                all.add("0.1");
            }
        }
        return all;
    }

    /** The URL the app will answer on, as the banner prints it; the port is "PORT" when the OS picks it. */
    String appUrl(String defaultHost) {
        boolean tls = given("--ssl-certfile");
        String host = value("--host").orElse(defaultHost);
        String port = value("--port").orElse("8000");
        if (port.equals("0")) {
            port = "PORT";
        }
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return (tls ? "https" : "http") + "://" + shown + ":" + port;
    }
}
