package io.powermap.contract.access;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.powermap.contract.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * 401 and 403 as problem+json, like every other error. Authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}), so a bad token surfaces here too, not as an empty
 * 401 from the HTTP layer. The text names what is needed, never a class or a token's content.
 */
public final class AccessProblems {

    static final String CHALLENGE = "Bearer realm=\"powermap\"";

    private AccessProblems() {
    }

    static Response missingToken(String detail) {
        return withChallenge(Problem.of(Response.Status.UNAUTHORIZED, detail), CHALLENGE);
    }

    static Response rejectedToken() {
        return withChallenge(Problem.of(Response.Status.UNAUTHORIZED,
            "The bearer token was not accepted: it is malformed, expired, not signed with this deployment's key "
                + "or from another issuer."), CHALLENGE + ", error=\"invalid_token\"");
    }

    static Response withChallenge(Problem problem, String challenge) {
        return Response.fromResponse(problem.toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    /**
     * For a check made in code rather than with {@code @RolesAllowed} (an operation restricted by a
     * setting): 401 for an anonymous caller, 403 for a token without the role.
     */
    public static void requireRole(SecurityIdentity identity, String role) {
        if (identity == null || identity.isAnonymous()) {
            throw new RoleNeeded(role, true);
        }
        if (!identity.hasRole(role)) {
            throw new RoleNeeded(role, false);
        }
    }

    /** Why a code check refused: carried to the mapper, which names the role. */
    static final class RoleNeeded extends ForbiddenException {
        private static final long serialVersionUID = 1L;
        final String role;
        final boolean anonymous;

        RoleNeeded(String role, boolean anonymous) {
            super("needs role " + role);
            this.role = role;
            this.anonymous = anonymous;
        }
    }

    static String needed(ResourceInfo resource) {
        try {
            RolesAllowed roles = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
            if (roles != null && roles.value().length > 0) {
                return roles.value().length == 1 ? "the role '" + roles.value()[0] + "'"
                    : "one of the roles " + Arrays.toString(roles.value());
            }
        } catch (RuntimeException e) {
            // no resource method known (a check outside a resource): say it generally
        }
        return "a suitable role";
    }

    @Provider
    public static class ForMissingToken implements ExceptionMapper<UnauthorizedException> {
        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(UnauthorizedException exception) {
            return missingToken("This request needs a bearer token (Authorization: Bearer <JWT>) with "
                + needed(resource) + ".");
        }
    }

    @Provider
    public static class ForRejectedToken implements ExceptionMapper<AuthenticationFailedException> {
        @Override
        public Response toResponse(AuthenticationFailedException exception) {
            return rejectedToken();
        }
    }

    @Provider
    public static class ForWrongRole implements ExceptionMapper<ForbiddenException> {
        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(ForbiddenException exception) {
            if (exception instanceof RoleNeeded needed && needed.anonymous) {
                return missingToken("This request needs a bearer token (Authorization: Bearer <JWT>) with the role '"
                    + needed.role + "'.");
            }
            if (exception instanceof RoleNeeded needed) {
                return Problem.of(Response.Status.FORBIDDEN,
                    "The token is valid but lacks the role '" + needed.role + "', which this request needs.").toResponse();
            }
            return Problem.of(Response.Status.FORBIDDEN,
                "The token is valid but lacks " + needed(resource) + ", which this request needs.").toResponse();
        }
    }
}
