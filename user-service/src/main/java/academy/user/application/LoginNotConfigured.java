package academy.user.application;

/** No init-data validator or no signing key on this server: nobody can sign in (HTTP 503, not a refusal of the request). */
public final class LoginNotConfigured extends RuntimeException {

    public LoginNotConfigured() {
        super("login is not configured on this server", null, false, false);
    }
}
