import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The local stack's keys and tokens, with nothing but a JDK (run as a single source file:
 * {@code java deploy/local/Tokens.java DATA_DIR}). At the first start it makes an RSA key pair under
 * DATA_DIR/keys (private.pem, public.pem; the services verify with public.pem); at every start it
 * writes a bearer token (JWT, RS256, issuer "powermap", valid for a year) for each role to
 * DATA_DIR/tokens/ROLE.jwt: ingest (uploads), editor (corrections), admin (restricted exports) and
 * reader (no role: reads, when they are closed). Prints one path per line.
 *
 * <p>Options: {@code --issuer NAME} (default powermap), {@code --days N} (default 365),
 * {@code --subject-prefix P} (default "local-": the subject of ROLE's token is P + ROLE).
 */
public class Tokens {

    static final List<String> ROLES = List.of("ingest", "editor", "admin", "reader");

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java Tokens.java DATA_DIR [--issuer NAME] [--days N] [--subject-prefix P]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        String issuer = "powermap";
        long days = 365;
        String prefix = "local-";
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--issuer" -> issuer = args[i + 1];
                case "--days" -> days = Long.parseLong(args[i + 1]);
                case "--subject-prefix" -> prefix = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path keys = data.resolve("keys");
        Path tokens = data.resolve("tokens");
        privateDirectory(keys);
        privateDirectory(tokens);
        Path privatePem = keys.resolve("private.pem");
        Path publicPem = keys.resolve("public.pem");
        PrivateKey signing;
        if (Files.exists(privatePem) && Files.exists(publicPem)) {
            signing = readPrivate(privatePem);
        } else {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePrivate(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            signing = pair.getPrivate();
            System.out.println("made a key pair: " + publicPem.toAbsolutePath());
        }
        Instant now = Instant.now();
        for (String role : ROLES) {
            String groups = role.equals("reader") ? "[]" : "[\"" + role + "\"]";
            String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + prefix + role + "\",\"upn\":\"" + prefix + role
                + "\",\"groups\":" + groups + ",\"iat\":" + now.getEpochSecond() + ",\"exp\":"
                + now.plus(Duration.ofDays(days)).getEpochSecond() + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
            Path file = tokens.resolve(role + ".jwt");
            writePrivate(file, sign(claims, signing) + "\n");
            System.out.println(file.toAbsolutePath());
        }
    }

    static String sign(String claims, PrivateKey key) throws GeneralSecurityException {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
            + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(signature.sign());
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    static PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
        String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
        if (key instanceof RSAPrivateCrtKey crt) {
            // a check that the pair still belongs together: the public half is derived from the private one
            PublicKey derived = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            String written = Files.readString(file.resolveSibling("public.pem")).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            if (!written.equals(Base64.getEncoder().encodeToString(derived.getEncoded()))) {
                throw new IllegalStateException(file.resolveSibling("public.pem") + " is not the public half of " + file
                    + "; delete both to make a new pair (tokens made with the old key stop working)");
            }
        }
        return key;
    }

    static void privateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    static void writePrivate(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp);
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.writeString(temp, text);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
