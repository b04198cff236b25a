package io.griddle.examples.tutorial.openapi_callbacks;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Callbacks;
import io.griddle.Operation;
import io.griddle.Post;
import io.griddle.Query;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A callback: the request this API makes back to the caller's {@code callback_url} once an invoice is paid,
 * documented on the operation ({@code @Callbacks}, FastAPI's {@code callbacks=router.routes}); nothing sends it here.
 */
public final class Tutorial001 {

    /** An invoice. */
    public record Invoice(String id, Optional<String> title, String customer, double total) {}

    /** What the callback sends. */
    public record InvoiceEvent(String description, boolean paid) {}

    /** What the callback expects back. */
    public record InvoiceEventReceived(boolean ok) {}

    /** The callbacks: documented, never served or called. */
    public static final class InvoicesCallbacks {
        @Post("{$callback_url}/invoices/{$request.body.id}")
        public InvoiceEventReceived invoiceNotification(@Body InvoiceEvent body) {
            return null;
        }
    }

    @Operation(description = """
            Create an invoice.

            This will (let's imagine) let the API user (some external developer) create an
            invoice.

            And this path operation will:

            * Send the invoice to the client.
            * Collect the money from the client.
            * Send a notification back to the API user (the external developer), as a callback.
                * At this point is that the API will somehow send a POST request to the
                    external API with the notification of the invoice event
                    (e.g. "payment successful").""")
    @Callbacks(InvoicesCallbacks.class)
    @Post("/invoices/")
    public Object createInvoice(@Body Invoice invoice, @Query Optional<URI> callback_url) {
        // Send the invoice, collect the money, send the notification (the callback)
        return Map.of("msg", "Invoice received");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
