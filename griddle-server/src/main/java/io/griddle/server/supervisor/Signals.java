package io.griddle.server.supervisor;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's signals: TERM and INT stop it, HUP restarts the workers one by one, TTIN adds a worker and TTOU
 * removes one. Java has no public API for catching these, so the supervisor uses {@code sun.misc.Signal} from the
 * {@code jdk.unsupported} module (present in every JDK). Handlers only hand the signal's name on: the work is done by
 * the supervisor's own thread.
 */
final class Signals {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.supervisor");

    static final List<String> HANDLED = List.of("TERM", "INT", "HUP", "TTIN", "TTOU");

    private Signals() {
    }

    /** Sends each signal's name (TERM, INT, HUP, TTIN, TTOU) to the listener, on a thread of the JVM's. */
    static void install(List<String> names, Consumer<String> listener) {
        for (String name : names) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> listener.accept(signal.getName()));
            } catch (IllegalArgumentException unavailable) {
                // e.g. the JVM was started with -Xrs, or the platform lacks the signal
                LOG.debug("cannot handle SIG{}: {}", name, unavailable.getMessage());
            }
        }
    }
}
