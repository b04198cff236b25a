package io.griddle.examples.tutorial.generate_clients;

import io.griddle.App;
import io.griddle.http.Json;
import io.griddle.openapi.OpenApiInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The tag prefix taken off tutorial 003's operationIds before generating a client ({@code items-createItem} is
 * {@code createItem}), so its methods are not named after their service twice. Two ways: {@link #main} rewrites a
 * downloaded {@code openapi.json}, as FastAPI's script does; {@link #app()} serves the document already rewritten.
 */
public final class Tutorial004 {

    private Tutorial004() {}

    /** Takes each operation's first tag and a dash off the front of its operationId, in place. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> removeTagPrefixes(Map<String, Object> openapiContent) {
        for (Object pathData : ((Map<String, Object>) openapiContent.get("paths")).values()) {
            for (Object value : ((Map<String, Object>) pathData).values()) {
                Map<String, Object> operation = (Map<String, Object>) value;
                String tag = ((List<String>) operation.get("tags")).get(0);
                String operationId = (String) operation.get("operationId");
                String toRemove = tag + "-";
                operation.put("operationId", operationId.substring(toRemove.length()));
            }
        }
        return openapiContent;
    }

    /** Rewrites the file named by the first argument, {@code ./openapi.json} by default. */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws IOException {
        Path filePath = Path.of(args.length > 0 ? args[0] : "./openapi.json");
        Map<String, Object> openapiContent = Json.read(Files.readAllBytes(filePath), Map.class);
        Files.write(filePath, Json.write(removeTagPrefixes(openapiContent)));
    }

    /** Tutorial 003's app, serving its document with the prefixes taken off. */
    public static App app() {
        App app = Tutorial003.app();
        return app.openapi(() -> removeTagPrefixes(app.generateOpenapi(OpenApiInfo.defaults())));
    }
}
