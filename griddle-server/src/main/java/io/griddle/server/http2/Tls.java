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
import javax.net.ssl.SSLException;

/** Builds the server's TLS context from PEM files: certificate chain, PKCS#8 key (optionally encrypted), CAs. */
public final class Tls {

    private Tls() {}

    /**
     * @param certificate the certificate chain, PEM
     * @param key         the private key, PEM (PKCS#8)
     * @param password    the key's password, or {@code null}
     * @param caCerts     CA certificates to verify client certificates with, or {@code null}
     * @param clientAuth  whether a client certificate is asked for (not, optional, required); with {@code caCerts}
     * @param http2       offer {@code h2} before {@code http/1.1} through ALPN
     */
    public static SslContext context(
            Path certificate, Path key, String password, Path caCerts, ClientAuth clientAuth, boolean http2)
            throws SSLException {
        SslContextBuilder builder = SslContextBuilder.forServer(certificate.toFile(), key.toFile(), password)
                .sslProvider(SslProvider.JDK);
        if (caCerts != null) {
            builder.trustManager(caCerts.toFile());
        }
        builder.clientAuth(clientAuth);
        if (http2) {
            builder.ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
                    .applicationProtocolConfig(new ApplicationProtocolConfig(
                            ApplicationProtocolConfig.Protocol.ALPN,
                            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                            ApplicationProtocolNames.HTTP_2,
                            ApplicationProtocolNames.HTTP_1_1));
        }
        return builder.build();
    }
}
