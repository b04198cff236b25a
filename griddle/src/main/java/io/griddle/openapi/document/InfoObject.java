package io.griddle.openapi.document;

import io.griddle.openapi.Contact;
import io.griddle.openapi.License;
import io.griddle.openapi.OpenApiInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document's {@code info} object in FastAPI's key order: title, summary, description, termsOfService, contact,
 * license, version; parts not set are left out.
 *
 * <pre>{@code
 * Map<String, Object> info = InfoObject.of(new OpenApiInfo("Shop", "1.0.0", null));   // {title=Shop, version=1.0.0}
 * }</pre>
 */
final class InfoObject {

    private InfoObject() {}

    static Map<String, Object> of(OpenApiInfo info) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("title", info.title());
        putIfSet(node, "summary", info.summary());
        putIfSet(node, "description", info.description());
        putIfSet(node, "termsOfService", info.termsOfService());
        if (info.contact() != null) {
            node.put("contact", contact(info.contact()));
        }
        if (info.license() != null) {
            node.put("license", license(info.license()));
        }
        node.put("version", info.version());
        return node;
    }

    private static Map<String, Object> contact(Contact contact) {
        Map<String, Object> node = new LinkedHashMap<>();
        putIfSet(node, "name", contact.name());
        putIfSet(node, "url", contact.url());
        putIfSet(node, "email", contact.email());
        return node;
    }

    private static Map<String, Object> license(License license) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", license.name());
        putIfSet(node, "identifier", license.identifier());
        putIfSet(node, "url", license.url());
        return node;
    }

    private static void putIfSet(Map<String, Object> node, String key, Object value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
