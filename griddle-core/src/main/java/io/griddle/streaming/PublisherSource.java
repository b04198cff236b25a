package io.griddle.streaming;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Items from a {@link Flow.Publisher}: one {@code request(1)} per item asked for, so the producer never runs ahead. */
final class PublisherSource implements ItemSource, Flow.Subscriber<Object> {

    private final Flow.Publisher<?> publisher;
    private Flow.Subscription subscription;
    private CompletableFuture<Object> pending;
    private Object finished; // END or the failure, when it came before it was asked for
    private boolean subscribed;
    private boolean cancelled;

    PublisherSource(Flow.Publisher<?> publisher) {
        this.publisher = publisher;
    }

    @Override
    public CompletionStage<Object> next() {
        CompletableFuture<Object> next = new CompletableFuture<>();
        Flow.Subscription ask;
        boolean subscribe = false;
        synchronized (this) {
            if (finished != null) {
                settle(next, finished);
                return next;
            }
            pending = next;
            ask = subscription;
            if (!subscribed) {
                subscribed = true;
                subscribe = true;
            }
        }
        if (subscribe) {
            @SuppressWarnings("unchecked")
            Flow.Publisher<Object> items = (Flow.Publisher<Object>) publisher;
            items.subscribe(this);
        } else if (ask != null) {
            ask.request(1);
        }
        return next;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        boolean cancel;
        synchronized (this) {
            cancel = subscription != null || cancelled;
            if (!cancel) {
                subscription = given;
            }
        }
        if (cancel) {
            given.cancel();
        } else {
            given.request(1);
        }
    }

    @Override
    public void onNext(Object item) {
        CompletableFuture<Object> waiting;
        synchronized (this) {
            waiting = pending;
            pending = null;
        }
        if (waiting != null) {
            waiting.complete(item);
        }
    }

    @Override
    public void onError(Throwable error) {
        end(error);
    }

    @Override
    public void onComplete() {
        end(END);
    }

    private void end(Object outcome) {
        CompletableFuture<Object> waiting;
        synchronized (this) {
            finished = outcome;
            waiting = pending;
            pending = null;
        }
        if (waiting != null) {
            settle(waiting, outcome);
        }
    }

    private static void settle(CompletableFuture<Object> future, Object outcome) {
        if (outcome instanceof Throwable error) {
            future.completeExceptionally(error);
        } else {
            future.complete(outcome);
        }
    }

    @Override
    public void cancel() {
        Flow.Subscription active;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            active = subscription;
        }
        if (active != null) {
            active.cancel();
        }
    }
}
