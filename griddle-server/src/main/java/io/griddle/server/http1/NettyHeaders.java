package io.griddle.server.http1;

import io.griddle.gateway.Headers;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Netty's request headers seen through the gateway's {@link Headers}, without copying them. */
final class NettyHeaders implements Headers {

    private final HttpHeaders headers;

    NettyHeaders(HttpHeaders headers) {
        this.headers = headers;
    }

    @Override
    public String get(String name) {
        return headers.get(name);
    }

    @Override
    public List<String> getAll(String name) {
        return headers.getAll(name);
    }

    @Override
    public boolean contains(String name) {
        return headers.contains(name);
    }

    @Override
    public int size() {
        return headers.size();
    }

    @Override
    public void forEach(BiConsumer<String, String> action) {
        Iterator<Map.Entry<String, String>> entries = headers.iteratorAsString();
        while (entries.hasNext()) {
            Map.Entry<String, String> entry = entries.next();
            action.accept(entry.getKey(), entry.getValue());
        }
    }
}
