package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    private final StringWriter out = new StringWriter();

    private ServerConfig parse(String... args) throws ServerOptions.BadFlag {
        return ServerOptions.parse(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    }

    @Test
    void defaultsAreUvicornsWhereTheyExist() throws Exception {
        ServerConfig config = parse();
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8000);
        assertThat(config.loops()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.blockingThreads()).isZero();
        assertThat(config.slowCallback()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void flagsInAnyOrder() throws Exception {
        ServerConfig config = parse("--loops", "1", "--port", "0", "--blocking-threads", "40", "--host", "::1",
                "--slow-callback-ms", "250");
        assertThat(config.loops()).isEqualTo(1);
        assertThat(config.port()).isZero();
        assertThat(config.blockingThreads()).isEqualTo(40);
        assertThat(config.host()).isEqualTo("::1");
        assertThat(config.slowCallback()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aBadValueIsOneLineNamingTheFlag() {
        assertThatThrownBy(() -> parse("--port", "eighty")).isInstanceOf(ServerOptions.BadFlag.class)
                .hasMessageContaining("--port").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> parse("--port", "70000")).hasMessageContaining("--port");
        assertThatThrownBy(() -> parse("--loops", "0")).hasMessageContaining("--loops");
        assertThatThrownBy(() -> parse("--blocking-threads", "-1")).hasMessageContaining("--blocking-threads");
        assertThatThrownBy(() -> parse("--frobnicate")).hasMessageContaining("--frobnicate");
    }

    @Test
    void helpListsEveryFlag() throws Exception {
        assertThat(parse("--help")).isNull();
        assertThat(out.toString()).contains("--host", "--port", "--loops", "--blocking-threads", "--slow-callback-ms");
    }
}
