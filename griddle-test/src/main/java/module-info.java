/**
 * Griddle's in-process test client: drives any {@link io.griddle.gateway.Gateway} application with no socket.
 */
module io.griddle.test {
    requires transitive io.griddle.core;

    exports io.griddle.test;
}
