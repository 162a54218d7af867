package io.powermap.profile.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Opaque page cursors: the id of the last item of the previous page. */
public final class Cursors {

    /** Before every id: PostgreSQL orders uuids by their unsigned bytes. */
    public static final UUID FIRST = new UUID(0L, 0L);

    private Cursors() {
    }

    public static String after(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The id a cursor stands for; empty when it is not one this API gave out. */
    public static Optional<UUID> read(String cursor) {
        try {
            return Optional.of(UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
