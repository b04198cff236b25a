package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the requests this operation makes back to its caller, as FastAPI's {@code callbacks=}: each annotated
 * method of the classes (made with their no-argument constructors) is a callback, named by the method, at its path
 * (a runtime expression such as {@code {$callback_url}/invoices/{$request.body.id}}), its body what is sent and its
 * return type what is expected back. Only the document changes: nothing is routed or called.
 *
 * <pre>{@code
 * public static final class InvoiceCallbacks {
 *     @Post("{$callback_url}/invoices/{$request.body.id}")
 *     public InvoiceEventReceived invoiceNotification(@Body InvoiceEvent body) { return null; }
 * }
 *
 * @Callbacks(InvoiceCallbacks.class)
 * @Post("/invoices/") Object createInvoice(@Body Invoice invoice, @Query Optional<URI> callback_url) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Callbacks {
    /** Classes whose annotated methods are the callbacks. */
    Class<?>[] value();
}
