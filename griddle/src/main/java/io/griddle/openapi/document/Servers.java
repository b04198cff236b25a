package io.griddle.openapi.document;

import io.griddle.openapi.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's {@code servers} for a request, as FastAPI builds them: the configured servers, preceded by the
 * request's root path ({@code {"url": "/api/v1"}}) when there is one, unless {@code rootPathInServers} is off or a
 * configured server has that URL already. No servers at all: no {@code servers} key.
 *
 * @param configured        what {@code App.servers(...)} set
 * @param rootPathInServers FastAPI's {@code root_path_in_servers}, on by default
 */
public record Servers(List<Server> configured, boolean rootPathInServers) {

    /** No servers configured; the root path goes in. */
    public static Servers defaults() {
        return new Servers(List.of(), true);
    }

    /** The {@code servers} list for a request under this root path ({@code ""} for none); empty for none. */
    public List<Map<String, Object>> forRootPath(String rootPath) {
        List<Map<String, Object>> entries = new ArrayList<>(configured.size() + 1);
        boolean listed = configured.stream().anyMatch(server -> server.url().equals(rootPath));
        if (rootPathInServers && !rootPath.isEmpty() && !listed) {
            entries.add(Map.of("url", rootPath));
        }
        for (Server server : configured) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("url", server.url());
            if (server.description() != null) {
                entry.put("description", server.description());
            }
            entries.add(entry);
        }
        return entries;
    }
}
