package io.griddle.binding;

import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import io.griddle.Yield;
import io.griddle.binding.forms.FormReader;
import io.griddle.concurrent.Async;
import io.griddle.concurrent.CancellableFuture;
import io.griddle.http.Request;
import io.griddle.http.Response;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Runs one route's call as a chain of steps, started on the event loop: read the body (asynchronously; as JSON, or
 * as a form when the handler or a provider takes {@code @Form}/{@code @File} parameters), resolve the
 * dependencies in order (each once), then call the handler. Async steps run on the loop; each run of consecutive
 * blocking steps goes to the blocking executor in one hop ({@link Async#toThread}), so no loop ever waits and a
 * blocking handler with blocking dependencies costs one thread hop. Validation problems from every step are
 * reported together, before the handler runs.
 */
final class Invocation {

    /** FastAPI's order: path, query, header, cookie, then body problems, each in parameter order. */
    static final Comparator<Issue> ORDER =
            Comparator.comparingInt(issue -> Description.LOCATIONS.indexOf(issue.loc().get(0)));

    private final Providers providers;
    private final List<Providers.Slot> roots;
    private final ParameterBinders.Signature handler;
    private final MethodHandle handle;
    private final boolean handlerBlocking;
    private final Function<Object, Response> render;
    private volatile Order order;

    /**
     * The providers in the order they run, whether any of them may return a {@link io.griddle.Yield}, and whether
     * the body is read as a form (for the handler or a provider).
     */
    private record Order(int version, Providers.Slot[] slots, boolean yields, boolean form) {
    }

    Invocation(Providers providers, List<Providers.Slot> declared, ParameterBinders.Signature handler,
               MethodHandle handle, boolean handlerBlocking, Function<Object, Response> render) {
        this.providers = providers;
        List<Providers.Slot> all = new ArrayList<>(declared);
        all.addAll(handler.depends());
        this.roots = List.copyOf(all);
        this.handler = handler;
        this.handle = handle;
        this.handlerBlocking = handlerBlocking;
        this.render = render;
        order(); // fails at startup on a cycle
    }

    // Providers after the providers they need, each once: a depth-first walk, recomputed when an override changes plans.
    private Order order() {
        Order current = order;
        int version = providers.version();
        if (current != null && current.version() == version) {
            return current;
        }
        Set<Providers.Slot> ordered = new LinkedHashSet<>();
        for (Providers.Slot root : roots) {
            visit(root, ordered, new HashSet<>(), new ArrayList<>());
        }
        Providers.Slot[] slots = ordered.toArray(Providers.Slot[]::new);
        boolean yields = false;
        boolean form = FormReader.isForm(handler.bodyType());
        for (Providers.Slot slot : slots) {
            yields |= slot.plan.yields();
            form |= FormReader.isForm(slot.plan.signature().bodyType());
        }
        current = new Order(version, slots, yields, form);
        order = current;
        return current;
    }

    private static void visit(Providers.Slot slot, Set<Providers.Slot> ordered, Set<Providers.Slot> visiting,
                              List<Providers.Slot> path) {
        if (ordered.contains(slot)) {
            return;
        }
        path.add(slot);
        if (!visiting.add(slot)) {
            throw new IllegalArgumentException("dependency cycle: " + path);
        }
        for (Providers.Slot needed : slot.plan.signature().depends()) {
            visit(needed, ordered, visiting, path);
        }
        visiting.remove(slot);
        path.remove(path.size() - 1);
        ordered.add(slot);
    }

    /**
     * Starts the call. The answer is the handler's result itself when all of it ran at once (an async handler with
     * no providers whose body had already arrived: the usual JSON call), else a stage that completes with it (a
     * Response when the handler blocks).
     */
    Object invoke(Request request) throws Exception {
        Call call = new Call(request);
        Order current = order();
        Providers.Slot[] slots = current.slots();
        byte[] arrived = handler.needsBody() && !current.form() ? arrived(request) : null;
        if (arrived != null && slots.length == 0 && !handlerBlocking) {
            readJson(call, arrived);
            return callHandler(call, false);
        }
        CompletionStage<Object> outcome;
        if (current.form()) {
            outcome = request.body().thenCompose(bytes -> {
                if (bytes.length > FormReader.LOOP_LIMIT) { // a large upload is parsed off the loop
                    return Async.toThread(() -> call.form = FormReader.read(bytes, request.header("content-type")))
                            .thenCompose(form -> runFrom(call, slots, 0));
                }
                call.form = FormReader.read(bytes, request.header("content-type"));
                return runFrom(call, slots, 0);
            });
        } else if (handler.needsBody()) {
            outcome = arrived != null ? readJsonThenRun(call, slots, arrived)
                    : request.body().thenCompose(bytes -> readJsonThenRun(call, slots, bytes));
        } else {
            outcome = runFrom(call, slots, 0);
        }
        // Only routes whose providers may yield pay for the extra stage.
        return current.yields() ? call.settleYields(outcome) : outcome;
    }

    // The body when it has arrived already (the usual: it came with the head), else null.
    private static byte[] arrived(Request request) {
        CompletableFuture<byte[]> body = request.body().toCompletableFuture();
        return body.isDone() && !body.isCompletedExceptionally() ? body.join() : null;
    }

    private void readJson(Call call, byte[] bytes) {
        // Providers never read a JSON body (only forms), so the handler's body binder may take it whole.
        BodyReader.read(bytes, call.request.header("content-type"), call, handler.wholeBody());
    }

    private CompletionStage<Object> readJsonThenRun(Call call, Providers.Slot[] slots, byte[] bytes) {
        try {
            readJson(call, bytes);
        } catch (RuntimeException invalid) { // malformed JSON
            return CompletableFuture.failedFuture(invalid);
        }
        return runFrom(call, slots, 0);
    }

    // Step i is slots[i], or the handler when i == slots.length.
    private boolean blocking(Providers.Slot[] slots, int i) {
        return i == slots.length ? handlerBlocking : slots[i].plan.blocking();
    }

    private CompletionStage<Object> runFrom(Call call, Providers.Slot[] slots, int first) {
        if (blocking(slots, first)) {
            int last = first;
            while (last < slots.length && blocking(slots, last + 1)) {
                last++;
            }
            int end = last;
            CompletionStage<Object> hop = Async.toThread(() -> {
                Object result = null;
                for (int i = first; i <= end; i++) {
                    result = i == slots.length ? callHandler(call, true) : join(provide(call, slots[i]));
                }
                return result;
            });
            // A @Blocking handler may still return a stage: its result is awaited like an async handler's.
            return end == slots.length ? hop.thenCompose(Invocation::stage) : hop.thenCompose(v -> runFrom(call, slots, end + 1));
        }
        if (first == slots.length) {
            try {
                return stage(callHandler(call, false));
            } catch (Throwable e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        CompletionStage<Object> step;
        try {
            step = provide(call, slots[first]);
        } catch (Throwable e) {
            return CompletableFuture.failedFuture(e);
        }
        return cancellable(step).thenCompose(v -> runFrom(call, slots, first + 1));
    }

    // Calls a provider (unless its parameters did not bind) and keeps its value for the rest of the request.
    private static CompletionStage<Object> provide(Call call, Providers.Slot slot) throws Exception {
        Providers.Plan plan = slot.plan;
        Object[] args = bind(plan.signature().binders(), call);
        if (args == null) {
            call.resolve(slot, Call.SKIPPED);
            return CompletableFuture.completedFuture(null);
        }
        Object value = call(plan.handle(), args);
        if (plan.returnsStage() && value instanceof CompletionStage<?> stage) {
            return stage.thenApply(result -> keep(call, slot, plan, result));
        }
        return CompletableFuture.completedFuture(keep(call, slot, plan, value));
    }

    private static Object keep(Call call, Providers.Slot slot, Providers.Plan plan, Object value) {
        if (value instanceof Yield<?> yielded) {
            call.resolve(slot, yielded.value());
            call.yielded(yielded, plan.blocking());
            return yielded.value();
        }
        call.resolve(slot, value);
        if (value instanceof AutoCloseable resource) {
            call.closeLater(resource, plan.blocking());
        }
        return value;
    }

    private Object callHandler(Call call, boolean onThread) throws Exception {
        Object result = call(handle, bindHandler(handler, call));
        // On the blocking thread, render there too: the JSON work stays off the loop.
        return onThread && !(result instanceof CompletionStage<?>) ? render.apply(result) : result;
    }

    /**
     * Binds a handler's arguments, failing with every problem the request had (its providers' too), in FastAPI's
     * order: path, query, header, cookie, then body.
     */
    static Object[] bindHandler(ParameterBinders.Signature handler, Call call) {
        Object[] args = bind(handler.binders(), call);
        if (!call.issues.isEmpty()) {
            List<Issue> issues = new ArrayList<>(call.issues);
            issues.sort(ORDER);
            throw new RequestValidationError(issues, handler.needsBody() ? call.bodyValue() : null);
        }
        return args;
    }

    // Binds every argument, collecting problems in the call; null when this step cannot run.
    private static Object[] bind(ParameterBinder[] binders, Call call) {
        Object[] args = new Object[binders.length];
        boolean runnable = true;
        for (int i = 0; i < binders.length; i++) {
            try {
                args[i] = binders[i].bind(call);
                if (args[i] == Call.SKIPPED) {
                    runnable = false; // a dependency it needs could not be made; its issues are reported already
                }
            } catch (RequestValidationError invalid) {
                call.issues.addAll(invalid.errors());
                runnable = false;
            }
        }
        return runnable ? args : null;
    }

    /** Calls the handler's method handle; its exceptions pass through as they are. */
    static Object call(MethodHandle handle, Object[] args) throws Exception {
        try {
            return (Object) handle.invokeExact(args);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable other) {
            throw new IllegalStateException(other);
        }
    }

    private static Object join(CompletionStage<Object> stage) {
        return stage.toCompletableFuture().join();
    }

    @SuppressWarnings("unchecked")
    private static CompletionStage<Object> stage(Object value) {
        return value instanceof CompletionStage<?> stage ? (CompletionStage<Object>) stage
                : CompletableFuture.completedFuture(value);
    }

    // A stage whose thenCompose passes cancellation on (the client left): into a provider's own stage too.
    private static CompletionStage<Object> cancellable(CompletionStage<Object> stage) {
        if (stage instanceof CancellableFuture<Object> already) {
            return already;
        }
        CancellableFuture<Object> result = new CancellableFuture<>();
        result.onCancel(() -> stage.toCompletableFuture().cancel(true));
        stage.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(Async.unwrap(error));
            } else {
                result.complete(value);
            }
        });
        return result;
    }
}
