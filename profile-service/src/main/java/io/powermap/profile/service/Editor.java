package io.powermap.profile.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Who is making a correction: the subject of the request's bearer token, kept in the entity's history. */
@ApplicationScoped
public class Editor {

    private final Instance<SecurityIdentity> identity;

    public Editor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** The token's subject, or null outside a request or for an anonymous caller. */
    public String name() {
        try {
            SecurityIdentity id = identity.get();
            return id == null || id.isAnonymous() ? null : id.getPrincipal().getName();
        } catch (RuntimeException outsideARequest) {
            return null; // no request scope (a direct service call in a test or a job): no editor to name
        }
    }
}
