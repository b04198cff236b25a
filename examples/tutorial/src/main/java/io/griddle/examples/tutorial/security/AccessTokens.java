package io.griddle.examples.tutorial.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * HS256 JSON Web Tokens signed with a shared secret, as the tutorial's {@code jwt.encode}/{@code jwt.decode} (PyJWT);
 * made and checked with Nimbus JOSE + JWT (decision 041).
 *
 * <pre>{@code
 * AccessTokens tokens = new AccessTokens("09d25e09...");
 * String token = tokens.create(Map.of("sub", "johndoe"), Duration.ofMinutes(30));
 * Optional<JWTClaimsSet> claims = tokens.decode(token); // empty: bad signature, expired, not a JWT, not HS256
 * }</pre>
 */
public final class AccessTokens {

    private final MACSigner signer;
    private final MACVerifier verifier;

    /** Tokens signed with the secret's UTF-8 bytes (at least 32 bytes, as HS256 wants). */
    public AccessTokens(String secret) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the secret is too short for HS256: " + e.getMessage(), e);
        }
    }

    /** A signed token with the claims and an {@code exp} that far from now. */
    public String create(Map<String, Object> data, Duration expiresIn) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        data.forEach(claims::claim);
        claims.expirationTime(Date.from(Instant.now().plus(expiresIn)));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the token", e);
        }
        return jwt.serialize();
    }

    /** The claims of a token signed with this secret by HS256 and not expired, else empty. */
    public Optional<JWTClaimsSet> decode(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            new DefaultJWTClaimsVerifier<>(null, null).verify(claims, null); // exp and nbf, when present
            return Optional.of(claims);
        } catch (ParseException | JOSEException | BadJWTException e) {
            return Optional.empty();
        }
    }
}
