package io.griddle.openapi;

/**
 * The document's {@code info.contact}, as FastAPI's {@code contact={...}}: who to ask about the API. Any part may
 * be {@code null}; it is then left out.
 *
 * <pre>{@code
 * App.create().contact(new Contact("Deadpoolio the Amazing", "http://x-force.example.com/contact/",
 *         "dp@x-force.example.com"));
 * }</pre>
 *
 * @param name  the person or organisation
 * @param url   a URL with contact information
 * @param email an email address
 */
public record Contact(String name, String url, String email) {}
