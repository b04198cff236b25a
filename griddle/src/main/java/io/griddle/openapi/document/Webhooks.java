package io.griddle.openapi.document;

import io.griddle.binding.Description;
import io.griddle.binding.Endpoints;
import io.griddle.binding.Providers;
import io.griddle.binding.RouteDocs;
import java.util.ArrayList;
import java.util.List;

/**
 * The webhooks an app documents ({@code App.webhooks}): their controllers are read as routes are, for the document
 * only; nothing is routed.
 *
 * <pre>{@code
 * webhooks.add(new NewSubscriptionWebhook(), providers);
 * OpenApiDocument.build(info, routes, null, webhooks.descriptions());
 * }</pre>
 */
public final class Webhooks {

    private final List<Description> described = new ArrayList<>();

    /** Reads the controller's annotated methods as webhooks. */
    public synchronized void add(Object controller, Providers providers) {
        for (Endpoints.Declared webhook : Endpoints.scan(controller, providers, RouteDocs.Group.NONE)) {
            described.add(webhook.description());
        }
    }

    /** The webhooks read so far. */
    public synchronized List<Description> descriptions() {
        return List.copyOf(described);
    }
}
