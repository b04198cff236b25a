package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerFlagsTest {

    @Test
    void devBindsLoopbackAndReloads() {
        ServerFlags flags = new ServerFlags(List.of("--port", "9000"), Map.of());
        assertThat(flags.withDefaults(ServerFlags.Mode.DEV))
                .containsExactly("--port", "9000", "--host", "127.0.0.1", "--reload", "--reload-delay", "0.1");
        assertThat(flags.appUrl("127.0.0.1")).isEqualTo("http://127.0.0.1:9000");
    }

    @Test
    void runBindsEveryInterfaceWithoutReload() {
        ServerFlags flags = new ServerFlags(List.of("--workers", "4"), Map.of());
        assertThat(flags.withDefaults(ServerFlags.Mode.RUN)).containsExactly("--workers", "4", "--host", "0.0.0.0");
        assertThat(flags.appUrl("0.0.0.0")).isEqualTo("http://0.0.0.0:8000");
    }

    @Test
    void whatTheUserGaveIsNotRepeated() {
        ServerFlags flags = new ServerFlags(List.of("--host=0.0.0.0", "--reload-delay", "1"), Map.of());
        assertThat(flags.withDefaults(ServerFlags.Mode.DEV))
                .containsExactly("--host=0.0.0.0", "--reload-delay", "1", "--reload");
    }

    @Test
    void theEnvironmentCountsAsGiven() {
        ServerFlags flags = new ServerFlags(List.of(), Map.of("GRIDDLE_HOST", "::1", "GRIDDLE_PORT", "0"));
        assertThat(flags.withDefaults(ServerFlags.Mode.RUN)).isEmpty();
        assertThat(flags.appUrl("0.0.0.0")).isEqualTo("http://[::1]:PORT");
    }

    @Test
    void aUnixSocketNeedsNoHost() {
        ServerFlags flags = new ServerFlags(List.of("--uds", "/tmp/app.sock"), Map.of());
        assertThat(flags.withDefaults(ServerFlags.Mode.RUN)).containsExactly("--uds", "/tmp/app.sock");
    }

    @Test
    void tlsMakesHttps() {
        ServerFlags flags = new ServerFlags(List.of("--ssl-certfile", "c.pem", "--port", "8443"), Map.of());
        assertThat(flags.appUrl("127.0.0.1")).isEqualTo("https://127.0.0.1:8443");
    }
}
