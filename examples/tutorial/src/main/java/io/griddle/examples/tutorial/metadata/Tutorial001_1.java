package io.griddle.examples.tutorial.metadata;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.openapi.Contact;
import io.griddle.openapi.License;
import java.util.List;
import java.util.Map;

/** As tutorial 001, with the license given by its SPDX identifier instead of a URL. */
public final class Tutorial001_1 {

    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("name", "Katana"));
    }

    /** The app. */
    public static App app() {
        return App.create()
                .title("ChimichangApp")
                .description(Tutorial001.DESCRIPTION)
                .summary("Deadpool's favorite app. Nuff said.")
                .version("0.0.1")
                .termsOfService("http://example.com/terms/")
                .contact(new Contact(
                        "Deadpoolio the Amazing", "http://x-force.example.com/contact/", "dp@x-force.example.com"))
                .license(License.identifier("Apache 2.0", "Apache-2.0"))
                .include(new Tutorial001_1());
    }
}
