package io.griddle.examples.tutorial.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code /info} answer every app of the chapter gives: the settings, field by field. */
final class Info {

    private Info() {}

    static Map<String, Object> of(Settings settings) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("app_name", settings.app_name());
        info.put("admin_email", settings.admin_email());
        info.put("items_per_user", settings.items_per_user());
        return info;
    }
}
