package io.griddle.server.http2;

import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * Builds the server's TLS context from PEM files: certificate chain, PKCS#8 key (optionally encrypted), CAs. Only
 * TLS 1.3 and TLS 1.2 are spoken, and by default only the suites with forward secrecy and authenticated encryption
 * (TLS 1.3's, and TLS 1.2's ECDHE with AES-GCM or ChaCha20-Poly1305: the list HTTP/2 requires, RFC 7540 §9.2),
 * for HTTP/1.1 as for HTTP/2.
 */
public final class Tls {

    /** The protocols spoken, newest first. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /** The default cipher suites. */
    public static final List<String> DEFAULT_CIPHERS = List.copyOf(Http2SecurityUtil.CIPHERS);

    private Tls() {}

    /** The names among these that the JVM's TLS does not know: a mistyped {@code --ssl-ciphers}. */
    public static List<String> unsupported(List<String> ciphers) {
        Set<String> known;
        try {
            known = Set.of(SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites());
        } catch (NoSuchAlgorithmException noTls) {
            return List.copyOf(ciphers);
        }
        return ciphers.stream().filter(name -> !known.contains(name)).toList();
    }

    /**
     * @param certificate the certificate chain, PEM
     * @param key         the private key, PEM (PKCS#8)
     * @param password    the key's password, or {@code null}
     * @param caCerts     CA certificates to verify client certificates with, or {@code null}
     * @param clientAuth  whether a client certificate is asked for (not, optional, required); with {@code caCerts}
     * @param http2       offer {@code h2} before {@code http/1.1} through ALPN
     * @param ciphers     the cipher suites, or {@code null} for {@link #DEFAULT_CIPHERS}
     */
    public static SslContext context(
            Path certificate,
            Path key,
            String password,
            Path caCerts,
            ClientAuth clientAuth,
            boolean http2,
            List<String> ciphers)
            throws SSLException {
        SslContextBuilder builder = SslContextBuilder.forServer(certificate.toFile(), key.toFile(), password)
                .sslProvider(SslProvider.JDK)
                .protocols(PROTOCOLS)
                .ciphers(ciphers == null ? DEFAULT_CIPHERS : ciphers, SupportedCipherSuiteFilter.INSTANCE);
        if (caCerts != null) {
            builder.trustManager(caCerts.toFile());
        }
        builder.clientAuth(clientAuth);
        if (http2) {
            builder.applicationProtocolConfig(new ApplicationProtocolConfig(
                    ApplicationProtocolConfig.Protocol.ALPN,
                    ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                    ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                    ApplicationProtocolNames.HTTP_2,
                    ApplicationProtocolNames.HTTP_1_1));
        }
        return builder.build();
    }
}
