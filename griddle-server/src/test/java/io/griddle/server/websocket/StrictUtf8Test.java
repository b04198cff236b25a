package io.griddle.server.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictUtf8Test {

    private final StrictUtf8 utf8 = new StrictUtf8();

    private String decode(byte[] bytes) {
        ByteBuf direct = Unpooled.directBuffer(bytes.length + 3).writeBytes(new byte[] {1, 2, 3});
        direct.writeBytes(bytes).skipBytes(3); // a reader index past zero, as in a frame's content
        try {
            return utf8.decode(direct);
        } finally {
            direct.release();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 15, 16, 17, 1024})
    void asciiOfEveryLengthAroundTheEightByteStepDecodes(int length) {
        String text = "abcdefghijklmnopqrstuvwxyz".repeat(40).substring(0, length);
        assertThat(decode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 7, 8, 9, 1000})
    void aNonAsciiByteAnywhereTakesTheDecoderPath(int position) {
        String text = "x".repeat(position) + "é" + "y".repeat(5);
        assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void everyEncodingLengthDecodes() {
        String text = "a \u00e9 \u20ac \ud83c\udf54 \udbff\udfff"; // 1, 2, 3 and 4 bytes; U+10FFFF is the last
        assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void invalidSequencesAreRefused() {
        assertThat(decode(bytes('a', 0xC3, 0x28))).as("a bad continuation byte").isNull();
        assertThat(decode(bytes(0xC0, 0xAF))).as("an overlong '/'").isNull();
        assertThat(decode(bytes(0xE0, 0x80, 0xAF)))
                .as("an overlong three-byte form")
                .isNull();
        assertThat(decode(bytes(0xED, 0xA0, 0x80))).as("an encoded surrogate").isNull();
        assertThat(decode(bytes(0xF4, 0x90, 0x80, 0x80))).as("past U+10FFFF").isNull();
        assertThat(decode(bytes(0xE2, 0x82)))
                .as("a truncated sequence at the end")
                .isNull();
        assertThat(decode(bytes(0xFF))).as("a byte UTF-8 never uses").isNull();
        assertThat(decode(bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 0x80)))
                .as("a lone continuation byte")
                .isNull();
    }

    @Test
    void theDecoderIsReusableAfterARefusal() {
        assertThat(decode(bytes(0xC3))).isNull();
        assertThat(decode("\u00e9t\u00e9".getBytes(StandardCharsets.UTF_8))).isEqualTo("\u00e9t\u00e9");
    }
}
