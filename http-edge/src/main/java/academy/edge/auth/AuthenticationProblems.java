package academy.edge.auth;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tokens are verified before a request reaches its resource (proactive authentication), so a
 * bad token is refused here: 401 as problem+json, like every other refusal.
 */
@ApplicationScoped
public class AuthenticationProblems {

    private static final String UNAUTHORIZED = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"a valid bearer token is required\"}";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            Throwable failure = context.failure();
            if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException
                    || failure instanceof UnauthorizedException) {
                if (!context.response().ended()) {
                    context.response().setStatusCode(401)
                            .putHeader("Content-Type", "application/problem+json")
                            .putHeader("WWW-Authenticate", "Bearer")
                            .end(UNAUTHORIZED);
                }
                return;
            }
            context.next();
        });
    }
}
