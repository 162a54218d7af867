package io.powermap.ingest.rest;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.powermap.contract.problem.ProblemException;

/** The formats the upload accepts; anything else is refused before any parsing happens. */
@ApplicationScoped
public class MediaTypes {

    static final Set<String> ACCEPTED = Set.of(
        "text/plain", "text/html", "application/xhtml+xml", "text/markdown", "text/x-markdown",
        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/octet-stream");

    /** @return the declared type with its parameters (the charset matters), or null to sniff */
    public String accept(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!ACCEPTED.contains(bare)) {
            throw new ProblemException(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Documents may be " + String.join(", ",
                ACCEPTED.stream().sorted().toList()) + "; got " + bare + ".");
        }
        return bare.equals("application/octet-stream") ? null : contentType.strip();
    }
}
