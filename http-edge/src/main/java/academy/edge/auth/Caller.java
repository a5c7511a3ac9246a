package academy.edge.auth;

import academy.edge.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The learner or admin behind the request, from the verified JWT (sub = Telegram user id). */
@RequestScoped
public class Caller {

    public static final String LEARNER = "learner";
    public static final String ADMIN = "admin";

    private final JsonWebToken token;

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public boolean isAuthenticated() {
        return token != null && token.getSubject() != null;
    }

    /** The caller's user id; 401 when the request carries no valid token. */
    public long userId() {
        if (!isAuthenticated()) {
            throw ProblemException.unauthorized("a valid bearer token is required");
        }
        try {
            return Long.parseLong(token.getSubject());
        } catch (NumberFormatException e) {
            throw ProblemException.unauthorized("the token's subject is not a user id");
        }
    }

    public boolean isAdmin() {
        return isAuthenticated() && token.getGroups() != null && token.getGroups().contains(ADMIN);
    }

    /** 403 unless the caller is an admin (401 without a token). */
    public void requireAdmin() {
        userId();
        if (!isAdmin()) {
            throw ProblemException.forbidden("only admins may do this");
        }
    }
}
