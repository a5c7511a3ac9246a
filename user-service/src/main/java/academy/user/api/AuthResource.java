package academy.user.api;

import academy.edge.problem.ProblemException;
import academy.user.application.LoginNotConfigured;
import academy.user.domain.InitDataRejected;
import academy.user.application.LoginService;
import academy.edge.ratelimit.RateLimiter;
import academy.user.application.RateLimitSettings;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Telegram Mini App sign-in: init data in, the academy's JWT out. */
@Path("/auth/telegram")
public class AuthResource {

    private final LoginService logins;
    private final RateLimiter rateLimiter;
    private final RateLimitSettings limits;

    public AuthResource(LoginService logins, RateLimiter rateLimiter, RateLimitSettings limits) {
        this.logins = logins;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<LoginResponse> login(LoginRequest body, @Context HttpServerRequest request,
                                    @HeaderParam("traceparent") String traceparent) {
        // The remote address is the forwarded client only when the connection came from a trusted proxy.
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return rateLimiter.tryAcquire(limits.signIn(), client).chain(allowed -> {
            if (!allowed) {
                return Uni.createFrom().failure(ProblemException.tooManyRequests(
                        "too many sign-in attempts; try again in a minute", limits.signIn().retryAfterSeconds()));
            }
            LoginRequest login = ProblemException.requireBody(body);
            if (login.initData() == null) {
                return Uni.createFrom().failure(ProblemException.unprocessable("initData", "initData is required"));
            }
            return Uni.createFrom().deferred(() -> logins.login(login.initData(), traceparent))
                    .map(LoginResponse::of);
        }).onFailure().transform(AuthResource::asProblem);
    }

    /** Init data that proves no login is 401; a server without login configured answers 503. */
    private static Throwable asProblem(Throwable failure) {
        if (failure instanceof InitDataRejected rejected) {
            return ProblemException.unauthorized(rejected.getMessage());
        }
        if (failure instanceof LoginNotConfigured notConfigured) {
            return ProblemException.unavailable(notConfigured.getMessage());
        }
        return failure;
    }
}
