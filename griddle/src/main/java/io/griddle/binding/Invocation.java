package io.griddle.binding;

import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import io.griddle.Yield;
import io.griddle.binding.forms.FormReader;
import io.griddle.concurrent.Async;
import io.griddle.concurrent.Stages;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One route's call when it has a body or dependencies: {@link #prepare} runs on the event loop and reads the body
 * (asynchronously; as JSON, or as a form when the handler or a provider takes {@code @Form}/{@code @File}
 * parameters) and resolves the dependencies in order (each once); then {@link #invoke} calls the handler where the
 * endpoint's kind says ({@link Endpoint.Runner}, the one place that decides). The blocking providers just before a
 * blocking handler run with it, in its one hop to a thread; any other run of consecutive blocking providers is one
 * hop of its own ({@link Async#toThread}); async ones run on the loop, so no loop ever waits. Validation problems
 * from every step are reported together, before the handler runs.
 */
final class Invocation implements Endpoint.Prepared<Object> {

    /** FastAPI's order: path, query, header, cookie, then body problems, each in parameter order. */
    static final Comparator<Issue> ORDER = Comparator.comparingInt(
            issue -> Description.LOCATIONS.indexOf(issue.loc().get(0)));

    private final Providers providers;
    private final List<Providers.Slot> roots;
    private final ParameterBinders.Signature handler;
    private final MethodHandle handle;
    private final boolean handlerBlocking;
    private final boolean strictContentType;
    private volatile Order order;

    /**
     * The providers in the order they run; {@code withHandler}, the first of them that runs with the handler, where
     * it runs (the length for an async handler; for a blocking one, the first of the blocking providers just before
     * it); whether any of them may return a {@link io.griddle.Yield}; and whether the body is read as a form (for the
     * handler or a provider).
     */
    private record Order(int version, Providers.Slot[] slots, int withHandler, boolean yields, boolean form) {}

    /**
     * What {@link #invoke} gets when blocking providers run with the handler: the call and the order its providers
     * run in (fixed for the call when it started). Otherwise it gets the call alone, with nothing to allocate.
     */
    private record WithProviders(Call call, Order order) {}

    Invocation(
            Providers providers,
            List<Providers.Slot> declared,
            ParameterBinders.Signature handler,
            MethodHandle handle,
            boolean handlerBlocking,
            boolean strictContentType) {
        this.providers = providers;
        List<Providers.Slot> all = new ArrayList<>(declared);
        all.addAll(handler.depends());
        this.roots = List.copyOf(all);
        this.handler = handler;
        this.handle = handle;
        this.handlerBlocking = handlerBlocking;
        this.strictContentType = strictContentType;
        order(); // fails at startup on a cycle
    }

    // Providers after the providers they need, each once: a depth-first walk, recomputed when an override changes
    // plans.
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
        int withHandler = slots.length;
        while (handlerBlocking && withHandler > 0 && slots[withHandler - 1].plan.blocking()) {
            withHandler--;
        }
        current = new Order(version, slots, withHandler, yields, form);
        order = current;
        return current;
    }

    private static void visit(
            Providers.Slot slot, Set<Providers.Slot> ordered, Set<Providers.Slot> visiting, List<Providers.Slot> path) {
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
     * On the loop: reads the body and runs the providers that come before the handler, then has {@code run} call it.
     * When nothing has to be awaited (the usual JSON call: no providers before the handler, the body came with the
     * head) it runs at once, with no stage of its own.
     */
    @Override
    public CompletionStage<Response> prepare(Request request, Endpoint.Runner<Object> run) {
        Call call = new Call(request);
        Order current = order();
        Object context = current.withHandler() < current.slots().length ? new WithProviders(call, current) : call;
        byte[] arrived = handler.needsBody() && !current.form() ? arrived(request) : null;
        CompletionStage<Response> outcome;
        if (current.withHandler() == 0 && !current.form() && (arrived != null || !handler.needsBody())) {
            if (arrived != null) {
                readJson(call, arrived);
            }
            outcome = run.run(context);
        } else {
            outcome = Stages.cancellable(beforeHandler(call, current, arrived)).thenCompose(v -> run.run(context));
        }
        // Only routes whose providers may yield pay for the extra stage.
        return current.yields() ? call.settleYields(outcome) : outcome;
    }

    /** Where the kind says: the providers that run with the handler, then the handler. */
    @Override
    public Object invoke(Object context) throws Exception {
        if (!(context instanceof WithProviders with)) {
            Call call = (Call) context;
            return SubResponses.carry(call, call(handle, bindHandler(handler, call)));
        }
        Call call = with.call();
        Providers.Slot[] slots = with.order().slots();
        for (int i = with.order().withHandler(); i < slots.length; i++) {
            join(provide(call, slots[i]));
        }
        return SubResponses.carry(call, call(handle, bindHandler(handler, call)));
    }

    // The body read, then the providers before the handler's own place.
    private CompletionStage<Object> beforeHandler(Call call, Order current, byte[] arrived) {
        Request request = call.request;
        Providers.Slot[] slots = current.slots();
        int end = current.withHandler();
        if (current.form()) {
            return FormReader.read(request).thenCompose(form -> {
                call.form = form;
                return runSteps(call, slots, 0, end);
            });
        }
        if (handler.needsBody()) {
            if (arrived != null) {
                return readJsonThenRun(call, slots, end, arrived);
            }
            try {
                announcedSize(request); // a body announced too large is refused before it is read
            } catch (RuntimeException tooLarge) {
                return CompletableFuture.failedFuture(tooLarge);
            }
            return request.body().thenCompose(bytes -> readJsonThenRun(call, slots, end, bytes));
        }
        return runSteps(call, slots, 0, end);
    }

    // The body when it has arrived already (the usual: it came with the head), else null.
    private static byte[] arrived(Request request) {
        CompletableFuture<byte[]> body = request.body().toCompletableFuture();
        return Stages.succeeded(body) ? body.join() : null;
    }

    private void readJson(Call call, byte[] bytes) {
        // Providers never read a JSON body (only forms), so the handler's body binder may take it whole.
        BodyReader.read(
                bytes,
                call.request.header("content-type"),
                strictContentType,
                call,
                handler.wholeBody(),
                providers.jsonReading());
    }

    // 413 when the body's Content-Length is over the application's JSON size limit; a chunked body is checked whole.
    private void announcedSize(Request request) {
        String length = request.header("content-length");
        if (length != null) {
            try {
                BodyReader.checkSize(
                        Long.parseLong(length.strip()), providers.jsonReading().limits());
            } catch (NumberFormatException notANumber) {
                // the server refuses a malformed length before the app sees it; a gateway that did not: read it
            }
        }
    }

    private CompletionStage<Object> readJsonThenRun(Call call, Providers.Slot[] slots, int end, byte[] bytes) {
        try {
            readJson(call, bytes);
        } catch (RuntimeException invalid) { // malformed JSON
            return CompletableFuture.failedFuture(invalid);
        }
        return runSteps(call, slots, 0, end);
    }

    // Runs providers first..end-1: async ones on the loop, each run of consecutive blocking ones in one hop.
    private static CompletionStage<Object> runSteps(Call call, Providers.Slot[] slots, int first, int end) {
        if (first == end) {
            return CompletableFuture.completedFuture(null);
        }
        if (slots[first].plan.blocking()) {
            int stop = first + 1;
            while (stop < end && slots[stop].plan.blocking()) {
                stop++;
            }
            int next = stop;
            return Async.toThread(() -> {
                        for (int i = first; i < next; i++) {
                            join(provide(call, slots[i]));
                        }
                        return null;
                    })
                    .thenCompose(v -> runSteps(call, slots, next, end));
        }
        CompletionStage<Object> step;
        try {
            step = provide(call, slots[first]);
        } catch (Throwable e) {
            return CompletableFuture.failedFuture(e);
        }
        // Cancelling the chain (the client left) reaches a provider's own stage too.
        return Stages.cancellable(step).thenCompose(v -> runSteps(call, slots, first + 1, end));
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
}
