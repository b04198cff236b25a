package io.griddle.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http2.DefaultHttp2HeadersDecoder;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Runs the script of an {@code http2} corpus case on a new cleartext connection (prior knowledge) and tells what the
 * server did, as a corpus outcome: {@code status N} for each response (its {@code :status}), then {@code rst CODE},
 * {@code goaway CODE}, {@code close} or {@code silent} (e.g. {@code status 200 goaway 1}); reading stops early once
 * what was read is one of the outcomes the case expects. Steps (one a line; streams are given by number):
 * <ul>
 *   <li>{@code preface}: the client preface and an empty SETTINGS frame;</li>
 *   <li>{@code get S PATH}: a GET, END_STREAM and END_HEADERS;</li>
 *   <li>{@code headers S FLAGS name=value ...}: header fields in this order, exactly as written (no check, no
 *       reordering), FLAGS a comma list of {@code end-stream}, {@code open} (no END_HEADERS) or {@code -};</li>
 *   <li>{@code data S FLAGS TEXT}, {@code rst S CODE}, {@code window-update S INCREMENT},
 *       {@code frame TYPE FLAGS S HEX} (or {@code zeros:N} for N zero bytes); values in {@code headers} may hold
 *       the corpus escapes ({@code \x20});</li>
 *   <li>floods, written in one go: {@code rapid-reset N PATH} (N streams each opened with a GET and cancelled at
 *       once), {@code ping N}, {@code settings N}, {@code continuation S N SIZE} (a HEADERS frame without END_HEADERS
 *       followed by N CONTINUATION frames of SIZE bytes of header fields each, never ended), {@code big-header S SIZE}
 *       (a GET with one field of SIZE bytes, split over CONTINUATION frames of 16 KiB).</li>
 * </ul>
 * Header blocks are HPACK literals without indexing and without Huffman coding, written here so that a case can put
 * fields in any order and case; the server's answers are decoded with Netty's HPACK decoder.
 */
final class H2Script {

    private static final int DATA = 0x0,
            HEADERS = 0x1,
            RST_STREAM = 0x3,
            SETTINGS = 0x4,
            PING = 0x6,
            GOAWAY = 0x7,
            WINDOW_UPDATE = 0x8,
            CONTINUATION = 0x9;
    private static final int END_STREAM = 0x1, END_HEADERS = 0x4;
    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private H2Script() {}

    /** Runs the steps against the port and reads until the first telling frame, the close, or 10 s of silence. */
    static String run(int port, List<String> steps, Set<String> expected) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            H2Wire wire = new H2Wire(socket);
            socket.setSoTimeout(10_000); // a flood may keep a loaded machine busy for seconds
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String step : steps) {
                if (step.equals("preface")) {
                    out.write(PREFACE);
                    frame(out, SETTINGS, 0, 0, new byte[0]);
                    send(socket.getOutputStream(), out);
                } else {
                    write(step, out);
                    send(socket.getOutputStream(), out);
                }
            }
            return outcome(wire, expected);
        }
    }

    private static void send(OutputStream socket, ByteArrayOutputStream out) throws IOException {
        try {
            out.writeTo(socket);
            socket.flush();
        } catch (SocketException closed) {
            // the server went away mid-flood: the outcome says how
        }
        out.reset();
    }

    // Reads what the server sends: each response's ":status N", then a RST_STREAM, a GOAWAY or the close ends it;
    // it also ends as soon as what was read is one of the outcomes the case expects.
    private static String outcome(H2Wire wire, Set<String> expected) throws IOException {
        DefaultHttp2HeadersDecoder decoder = new DefaultHttp2HeadersDecoder(false);
        StringBuilder seen = new StringBuilder();
        try {
            for (H2Wire.Frame frame; (frame = wire.read()) != null; ) {
                switch (frame.type()) {
                    case HEADERS -> {
                        ByteBuf block = Unpooled.wrappedBuffer(frame.payload());
                        try {
                            Http2Headers headers = decoder.decodeHeaders(frame.stream(), block);
                            if (headers.status() != null) {
                                seen.append("status ").append(headers.status()).append(' ');
                            }
                        } catch (Http2Exception e) {
                            return seen + "undecodable headers";
                        } finally {
                            block.release();
                        }
                        if (expected.contains(seen.toString().strip())) {
                            return seen.toString().strip();
                        }
                    }
                    case RST_STREAM -> {
                        return seen + "rst " + code(frame.payload(), 0);
                    }
                    case GOAWAY -> {
                        return seen + "goaway " + frame.errorCode();
                    }
                    default -> {
                        // SETTINGS (acknowledged by the wire), PING acknowledgements, WINDOW_UPDATE, DATA
                    }
                }
            }
            return seen + "close";
        } catch (SocketTimeoutException silence) {
            return seen + "silent";
        } catch (IOException reset) { // reset while reading, or while acknowledging the server's SETTINGS
            return seen + "close";
        }
    }

    private static long code(byte[] payload, int at) {
        return (payload[at] & 0xffL) << 24
                | (payload[at + 1] & 0xff) << 16
                | (payload[at + 2] & 0xff) << 8
                | payload[at + 3] & 0xff;
    }

    private static void write(String step, ByteArrayOutputStream out) {
        String[] w = step.split("\\s+");
        switch (w[0]) {
            case "get" -> frame(out, HEADERS, END_STREAM | END_HEADERS, num(w[1]), get(w[2]));
            case "headers" -> {
                ByteArrayOutputStream block = new ByteArrayOutputStream();
                for (int i = 3; i < w.length; i++) {
                    int eq = w[i].indexOf('=', 1); // a pseudo-header's name starts with ':'
                    ByteArrayOutputStream value = new ByteArrayOutputStream();
                    HostileCase.unescape(w[i].substring(eq + 1), value);
                    literal(block, w[i].substring(0, eq), value.toString(StandardCharsets.ISO_8859_1));
                }
                int flags = (w[2].contains("end-stream") ? END_STREAM : 0) | (w[2].contains("open") ? 0 : END_HEADERS);
                frame(out, HEADERS, flags, num(w[1]), block.toByteArray());
            }
            case "data" -> {
                String text = step.split("\\s+", 4).length > 3 ? step.split("\\s+", 4)[3] : "";
                frame(out, DATA, w[2].contains("end-stream") ? END_STREAM : 0, num(w[1]), ascii(text));
            }
            case "rst" -> frame(out, RST_STREAM, 0, num(w[1]), int32(num(w[2])));
            case "window-update" -> frame(out, WINDOW_UPDATE, 0, num(w[1]), int32(num(w[2])));
            case "frame" -> {
                byte[] payload = w.length < 5
                        ? new byte[0]
                        : w[4].startsWith("zeros:")
                                ? new byte[num(w[4].substring(6))]
                                : HexFormat.of().parseHex(w[4]);
                frame(out, num(w[1]), num(w[2]), num(w[3]), payload);
            }
            case "rapid-reset" -> {
                for (int i = 0, stream = 1; i < num(w[1]); i++, stream += 2) {
                    frame(out, HEADERS, END_STREAM | END_HEADERS, stream, get(w[2]));
                    frame(out, RST_STREAM, 0, stream, int32(0x8)); // CANCEL
                }
            }
            case "ping" -> {
                for (int i = 0; i < num(w[1]); i++) {
                    frame(out, PING, 0, 0, new byte[8]);
                }
            }
            case "settings" -> {
                for (int i = 0; i < num(w[1]); i++) {
                    frame(out, SETTINGS, 0, 0, new byte[0]);
                }
            }
            case "continuation" -> {
                int stream = num(w[1]);
                frame(out, HEADERS, END_STREAM, stream, get("/quick"));
                for (int i = 0; i < num(w[2]); i++) {
                    ByteArrayOutputStream block = new ByteArrayOutputStream();
                    int size = num(w[3]);
                    if (size > 0) {
                        literal(block, "x-" + i, "a".repeat(Math.max(0, size - 8)));
                    }
                    frame(out, CONTINUATION, 0, stream, block.toByteArray());
                }
            }
            case "big-header" -> {
                ByteArrayOutputStream block = new ByteArrayOutputStream();
                block.writeBytes(get("/quick"));
                literal(block, "x-big", "a".repeat(num(w[2])));
                byte[] all = block.toByteArray();
                int stream = num(w[1]);
                for (int at = 0; at < all.length; at += 16384) {
                    int end = Math.min(all.length, at + 16384);
                    int type = at == 0 ? HEADERS : CONTINUATION;
                    int flags = (at == 0 ? END_STREAM : 0) | (end == all.length ? END_HEADERS : 0);
                    frame(out, type, flags, stream, java.util.Arrays.copyOfRange(all, at, end));
                }
            }
            default -> throw new IllegalArgumentException("unknown step: " + step);
        }
    }

    private static int num(String text) {
        return text.startsWith("0x") ? Integer.parseUnsignedInt(text.substring(2), 16) : Integer.parseInt(text);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] int32(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static byte[] get(String path) {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        literal(block, ":method", "GET");
        literal(block, ":scheme", "http");
        literal(block, ":path", path);
        literal(block, ":authority", "127.0.0.1");
        return block.toByteArray();
    }

    // A literal field without indexing, with a new name (RFC 7541 §6.2.2), no Huffman coding.
    private static void literal(ByteArrayOutputStream block, String name, String value) {
        block.write(0x00);
        string(block, ascii(name));
        string(block, ascii(value));
    }

    private static void string(ByteArrayOutputStream block, byte[] bytes) {
        integer(block, bytes.length);
        block.writeBytes(bytes);
    }

    // An HPACK integer with a 7-bit prefix (RFC 7541 §5.1), the H bit clear.
    private static void integer(ByteArrayOutputStream block, int value) {
        if (value < 127) {
            block.write(value);
            return;
        }
        block.write(127);
        value -= 127;
        while (value >= 128) {
            block.write(value % 128 + 128);
            value /= 128;
        }
        block.write(value);
    }

    private static void frame(ByteArrayOutputStream out, int type, int flags, int stream, byte[] payload) {
        out.write(payload.length >>> 16);
        out.write(payload.length >>> 8);
        out.write(payload.length);
        out.write(type);
        out.write(flags);
        out.writeBytes(int32(stream));
        out.writeBytes(payload);
    }
}
