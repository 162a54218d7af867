package io.powermap.contract.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Reads (every REST operation without {@code @RolesAllowed}, including the extraction preview) are
 * public unless {@code powermap.auth.public-reads=false}; then they need a valid bearer token, of any
 * role. Health, metrics and OpenAPI under {@code /q} are not REST resources and stay open.
 */
public class ClosedReads {

    @Inject
    CurrentIdentityAssociation identities;

    @ConfigProperty(name = "powermap.auth.public-reads", defaultValue = "true")
    boolean publicReads;

    @ServerRequestFilter
    public Uni<Response> requireToken(ContainerRequestContext request, ResourceInfo resource) {
        if (publicReads || resource.getResourceMethod() == null
            || resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
            .map(identity -> identity.isAnonymous()
                ? AccessProblems.missingToken("Reads on this deployment need a bearer token (Authorization: Bearer <JWT>) of any role.")
                : (Response) null)
            .onFailure(AuthenticationFailedException.class).recoverWithItem(AccessProblems::rejectedToken);
    }
}
