package io.powermap.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for tests, signed with the test key pair in {@code powermap-test-keys/} (never used
 * outside tests). The services' {@code %test} profile verifies with its public half; services run
 * from their jars get {@link #publicKeyFile()} through {@link #verificationEnvironment()}.
 */
public final class TestTokens {

    /** The issuer every service expects ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "powermap";
    public static final String PUBLIC_KEY_RESOURCE = "powermap-test-keys/public.pem";
    private static final String PRIVATE_KEY_RESOURCE = "powermap-test-keys/private.pem";

    private static volatile PrivateKey signingKey;
    private static volatile Path publicKeyFile;

    private TestTokens() {
    }

    /** A token for subject {@code test-<role>} with the given role, valid for an hour. */
    public static String forRole(String role) {
        return token("test-" + role, Set.of(role), Duration.ofHours(1), ISSUER);
    }

    /** {@code Authorization} header value for {@link #forRole}. */
    public static String bearer(String role) {
        return "Bearer " + forRole(role);
    }

    public static String token(String subject, Set<String> roles, Duration lifetime, String issuer) {
        return Jwt.issuer(issuer).subject(subject).upn(subject).groups(roles)
            .expiresIn(lifetime).sign(signingKey());
    }

    /** A token that expired a minute ago. */
    public static String expired(String role) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).subject("test-" + role).groups(Set.of(role))
            .issuedAt(now - 3600).expiresAt(now - 60).sign(signingKey());
    }

    /** The public key as a file, for services started from their jars. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(PUBLIC_KEY_RESOURCE)) {
                Path file = Files.createTempFile("powermap-test-public", ".pem");
                file.toFile().deleteOnExit();
                Files.write(file, in.readAllBytes());
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    /** Environment that makes a packaged service verify test tokens (ServiceProcess sets it). */
    public static Map<String, String> verificationEnvironment() {
        return Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile().toString(), "MP_JWT_VERIFY_ISSUER", ISSUER);
    }

    private static PrivateKey signingKey() {
        if (signingKey == null) {
            try {
                signingKey = KeyUtils.readPrivateKey(PRIVATE_KEY_RESOURCE);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the test signing key " + PRIVATE_KEY_RESOURCE, e);
            }
        }
        return signingKey;
    }
}
