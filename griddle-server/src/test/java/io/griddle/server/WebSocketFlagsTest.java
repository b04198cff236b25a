package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The --ws* flags: Uvicorn's defaults, each from the command line or GRIDDLE_WS_*, checked with the flag named. */
class WebSocketFlagsTest {

    private final StringWriter out = new StringWriter();

    private WebSocketConfig parse(Map<String, String> environment, String... args) throws ServerOptions.BadFlag {
        return ServerOptions.parse(args, environment, new PrintWriter(out)).webSockets();
    }

    @Test
    void defaultsAreUvicorns() throws Exception {
        WebSocketConfig config = parse(Map.of());
        assertThat(config).isEqualTo(WebSocketConfig.defaults());
        assertThat(config.enabled()).isTrue();
        assertThat(config.maxSize()).isEqualTo(16 * 1024 * 1024);
        assertThat(config.maxQueue()).isEqualTo(32);
        assertThat(config.pingInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.pingTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.perMessageDeflate()).isTrue();
        assertThat(ServerConfig.defaults().webSockets()).isEqualTo(config);
    }

    @Test
    void eachFlagSetsItsValue() throws Exception {
        WebSocketConfig config = parse(
                Map.of(),
                "--ws",
                "none",
                "--ws-max-size",
                "1024",
                "--ws-max-queue",
                "4",
                "--ws-ping-interval",
                "0.5",
                "--ws-ping-timeout",
                "0",
                "--no-ws-per-message-deflate");
        assertThat(config).isEqualTo(new WebSocketConfig(false, 1024, 4, Duration.ofMillis(500), Duration.ZERO, false));
    }

    @Test
    void eachFlagComesFromTheEnvironmentToo() throws Exception {
        WebSocketConfig config = parse(Map.of(
                "GRIDDLE_WS", "none",
                "GRIDDLE_WS_MAX_SIZE", "2048",
                "GRIDDLE_WS_MAX_QUEUE", "8",
                "GRIDDLE_WS_PING_INTERVAL", "5",
                "GRIDDLE_WS_PING_TIMEOUT", "7",
                "GRIDDLE_WS_PER_MESSAGE_DEFLATE", "false"));
        assertThat(config)
                .isEqualTo(new WebSocketConfig(false, 2048, 8, Duration.ofSeconds(5), Duration.ofSeconds(7), false));
        assertThat(parse(Map.of("GRIDDLE_WS_MAX_QUEUE", "8"), "--ws-max-queue", "9")
                        .maxQueue())
                .as("the command line wins")
                .isEqualTo(9);
    }

    @Test
    void aBadValueNamesItsFlag() {
        assertThatThrownBy(() -> parse(Map.of(), "--ws", "websockets"))
                .isInstanceOf(ServerOptions.BadFlag.class)
                .hasMessageContaining("--ws")
                .hasMessageContaining("auto or none");
        assertThatThrownBy(() -> parse(Map.of(), "--ws-max-size", "0")).hasMessageContaining("--ws-max-size");
        assertThatThrownBy(() -> parse(Map.of(), "--ws-max-queue", "0")).hasMessageContaining("--ws-max-queue");
        assertThatThrownBy(() -> parse(Map.of(), "--ws-ping-interval", "-1"))
                .hasMessageContaining("--ws-ping-interval");
        assertThatThrownBy(() -> parse(Map.of(), "--ws-ping-timeout", "-1")).hasMessageContaining("--ws-ping-timeout");
        assertThatThrownBy(() -> WebSocketConfig.defaults().withMaxQueue(0)).isInstanceOf(InvalidSetting.class);
    }

    @Test
    void helpListsTheWebSocketFlags() throws Exception {
        ServerOptions.parse(new String[] {"--help"}, Map.of(), new PrintWriter(out));
        assertThat(out.toString())
                .contains("WebSockets")
                .contains("--ws-max-size")
                .contains("--ws-max-queue")
                .contains("--ws-ping-interval")
                .contains("--ws-ping-timeout")
                .contains("--[no-]ws-per-message-deflate");
    }
}
