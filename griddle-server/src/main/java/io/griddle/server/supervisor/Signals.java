package io.griddle.server.supervisor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's signals: TERM and INT stop it, HUP restarts the workers one by one, TTIN adds a worker and TTOU
 * removes one. Java has no public API for catching these, so the supervisor uses {@code sun.misc.Signal} from the
 * {@code jdk.unsupported} module (present in every JDK). Handlers only hand the signal's name on: the work is done by
 * the supervisor's own thread.
 *
 * <p>{@code sun.misc.Signal} is reached through method handles looked up once, when the supervisor starts: named in
 * source, it draws a compiler warning ("internal proprietary API") that no {@code @SuppressWarnings} silences, and
 * the build treats warnings as errors. Signals arrive a few times in a process's life, so the indirection costs
 * nothing that matters.
 */
final class Signals {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.supervisor");

    static final List<String> HANDLED = List.of("TERM", "INT", "HUP", "TTIN", "TTOU");

    private Signals() {}

    /** Sends each signal's name (TERM, INT, HUP, TTIN, TTOU) to the listener, on a thread of the JVM's. */
    static void install(List<String> names, Consumer<String> listener) {
        SignalApi api = SignalApi.find();
        Object handler = api.handler(listener);
        for (String name : names) {
            try {
                api.handle(name, handler);
            } catch (IllegalArgumentException unavailable) {
                // e.g. the JVM was started with -Xrs, or the platform lacks the signal
                LOG.debug("cannot handle SIG{}: {}", name, unavailable.getMessage());
            }
        }
    }

    /** {@code sun.misc.Signal}'s constructor, {@code handle} and {@code getName}, and its handler interface. */
    private record SignalApi(Class<?> handlerType, MethodHandle newSignal, MethodHandle handle, MethodHandle getName) {

        static SignalApi find() {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                Class<?> signal = Class.forName("sun.misc.Signal");
                Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
                return new SignalApi(
                        handlerType,
                        lookup.findConstructor(signal, MethodType.methodType(void.class, String.class)),
                        lookup.findStatic(signal, "handle", MethodType.methodType(handlerType, signal, handlerType)),
                        lookup.findVirtual(signal, "getName", MethodType.methodType(String.class)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("sun.misc.Signal (module jdk.unsupported) is not available", e);
            }
        }

        /** A {@code sun.misc.SignalHandler} that passes the signal's name to the listener. */
        Object handler(Consumer<String> listener) {
            try {
                MethodHandle deliver = MethodHandles.lookup()
                        .findStatic(
                                SignalApi.class,
                                "deliver",
                                MethodType.methodType(void.class, Consumer.class, MethodHandle.class, Object.class));
                MethodHandle target = MethodHandles.insertArguments(deliver, 0, listener, getName);
                return MethodHandleProxies.asInterfaceInstance(handlerType, target);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** {@code Signal.handle(new Signal(name), handler)}; throws IllegalArgumentException when it cannot. */
        void handle(String name, Object handler) {
            try {
                handle.invoke(newSignal.invoke(name), handler);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private static void deliver(Consumer<String> listener, MethodHandle getName, Object signal) throws Throwable {
            listener.accept((String) getName.invoke(signal));
        }
    }
}
