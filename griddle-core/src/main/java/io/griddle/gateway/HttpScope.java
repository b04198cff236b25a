package io.griddle.gateway;

/**
 * One HTTP request's metadata. The body follows as {@link HttpMessage.RequestBody} messages.
 *
 * @param method      the request method, upper case as sent ({@code GET})
 * @param path        the decoded path, without the query ({@code /items/a b})
 * @param rawPath     the path as sent, still percent-encoded ({@code /items/a%20b})
 * @param rawQuery    the query string as sent, without {@code ?}; empty when there is none
 * @param httpVersion {@code 1.0}, {@code 1.1} or {@code 2}
 * @param scheme      {@code http} or {@code https}
 * @param rootPath    the prefix the application is mounted under; empty by default
 * @param headers     the request headers, read-only
 * @param connection  the transport connection
 */
public record HttpScope(
        String method,
        String path,
        String rawPath,
        String rawQuery,
        String httpVersion,
        String scheme,
        String rootPath,
        Headers headers,
        Connection connection)
        implements Scope {}
