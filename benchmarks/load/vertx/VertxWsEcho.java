// Vert.x's side of the WebSocket echo benchmark (benchmarks/load/run-ws-echo.sh): one event loop, echoes each whole
// text or binary message on /echo; 16 MiB messages, no compression. Run as a source file on vertx-core's class
// path: java -cp CLASSPATH benchmarks/load/vertx/VertxWsEcho.java --port N [--loops 1]
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;

public class VertxWsEcho {
    public static void main(String[] args) {
        int port = 8000;
        int loops = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--loops" -> loops = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops).setPreferNativeTransport(true));
        HttpServerOptions options = new HttpServerOptions()
                .setHost("127.0.0.1")
                .setPort(port)
                .setMaxWebSocketMessageSize(16 * 1024 * 1024)
                .setPerMessageWebSocketCompressionSupported(false)
                .setPerFrameWebSocketCompressionSupported(false);
        int listenPort = port;
        vertx.createHttpServer(options)
                .webSocketHandler(ws -> {
                    if (!ws.path().equals("/echo")) {
                        ws.reject();
                        return;
                    }
                    ws.textMessageHandler(ws::writeTextMessage);
                    ws.binaryMessageHandler(ws::writeBinaryMessage);
                })
                .requestHandler(request -> request.response().end("quick"))
                .listen()
                .onSuccess(server -> System.out.println("vertx-ws listening on 127.0.0.1:" + listenPort))
                .onFailure(error -> {
                    error.printStackTrace();
                    System.exit(1);
                });
    }
}
