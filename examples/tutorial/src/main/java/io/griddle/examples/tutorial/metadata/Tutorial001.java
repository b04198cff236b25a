package io.griddle.examples.tutorial.metadata;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.openapi.Contact;
import io.griddle.openapi.License;
import java.util.List;
import java.util.Map;

/** The API's metadata in the document's {@code info}: title, summary, description, version, terms, contact, license. */
public final class Tutorial001 {

    static final String DESCRIPTION = """

            ChimichangApp API helps you do awesome stuff. 🚀

            ## Items

            You can **read items**.

            ## Users

            You will be able to:

            * **Create users** (_not implemented_).
            * **Read users** (_not implemented_).
            """;

    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("name", "Katana"));
    }

    /** The app. */
    public static App app() {
        return App.create()
                .title("ChimichangApp")
                .description(DESCRIPTION)
                .summary("Deadpool's favorite app. Nuff said.")
                .version("0.0.1")
                .termsOfService("http://example.com/terms/")
                .contact(new Contact(
                        "Deadpoolio the Amazing", "http://x-force.example.com/contact/", "dp@x-force.example.com"))
                .license(License.url("Apache 2.0", "https://www.apache.org/licenses/LICENSE-2.0.html"))
                .include(new Tutorial001());
    }
}
