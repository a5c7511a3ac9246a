package academy.edge.problem;

import academy.edge.logging.AtMostEvery;
import academy.edge.metrics.UnavailableRequests;
import academy.eventstore.ConcurrencyConflictException;
import academy.eventstore.EventIdConflictException;
import academy.eventstore.IdempotencyRecords;
import academy.eventstore.StoreUnavailable;
import academy.edge.json.RefusedValue;
import academy.refusal.RefusedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refusal as application/problem+json naming the field at fault. Nothing internal leaks:
 * unexpected failures are logged here and answered with a bare 500.
 */
public class ProblemMappers {

    private static final int BEFORE_BUILT_IN = jakarta.ws.rs.Priorities.USER - 100;
    private static final AtMostEvery UNAVAILABLE_WARNING = new AtMostEvery(Duration.ofMinutes(1));

    @Inject
    UnavailableRequests unavailable;

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response problem(ProblemException e) {
        return respond(e);
    }

    /** Every service's refusals (academy.refusal): 404, 403, 409, or 422 naming each field. */
    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response refusal(RefusedException e) {
        return respond(ProblemException.of(e.refusal()));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response conflict(ConcurrencyConflictException e) {
        return respond(ProblemException.conflict("the resource was changed by another request; reload and try again"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response reusedEventId(EventIdConflictException e) {
        return respond(ProblemException.unprocessable("Idempotency-Key",
                "this Idempotency-Key was already used for a different request"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response reusedKey(IdempotencyRecords.IdempotencyKeyReusedException e) {
        return respond(ProblemException.unprocessable("Idempotency-Key",
                "this Idempotency-Key was already used for a different request"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = JsonPaths.of(e.getPath());
        return respond(ProblemException.unprocessable(field, "unknown field"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response wrongType(InvalidFormatException e) {
        return respond(ProblemException.unprocessable(JsonPaths.of(e.getPath()),
                "must be " + describe(e.getTargetType())));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response mismatched(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return respond(ProblemException.badRequest("body", "the body must be a JSON object"));
        }
        return respond(ProblemException.unprocessable(JsonPaths.of(e.getPath()),
                "must be " + describe(e.getTargetType())));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response refused(RefusedValue e) {
        return respond(ProblemException.unprocessable(JsonPaths.of(e.getPath()), e.getOriginalMessage()));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response nullInArray(InvalidNullException e) {
        return respond(ProblemException.unprocessable(JsonPaths.of(e.getPath()), "must not be null"));
    }

    /** Jackson could not map a body onto its type at all (for instance a record it cannot build from this shape). */
    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response undefined(InvalidDefinitionException e) {
        return respond(ProblemException.badRequest("body", "the body does not have the shape this request takes"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response mapping(JsonMappingException e) {
        if (e.getCause() instanceof StreamReadException cause) {
            return malformed(cause);
        }
        return respond(ProblemException.unprocessable(JsonPaths.of(e.getPath()), "invalid value"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response malformed(JsonProcessingException e) {
        return respond(ProblemException.badRequest("body", MalformedJson.describe(e)));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response unauthorized(UnauthorizedException e) {
        return respond(ProblemException.unauthorized("a valid bearer token is required"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(ProblemException.unauthorized("a valid bearer token is required"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemException.forbidden("not allowed for this account"));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (status == 400 && json != null) {
            return json instanceof JsonMappingException mapping ? mapping(mapping) : malformed(json);
        }
        if (status >= 500) {
            Log.errorf(e, "request failed");
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status == 404 ? "no such resource" : status >= 500 ? "the request could not be completed" : title;
        return respond(new ProblemException(status, title, detail, List.of()));
    }

    /** Throwable, not Exception: vert.x reports some failures as bare Throwables, which would bypass this mapper. */
    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response unexpected(Throwable e) {
        if (StoreUnavailable.is(e)) {
            unavailable.count(e);
            if (UNAVAILABLE_WARNING.due()) {
                Log.warnf("requests refused, a store is unreachable or busy: %s (counted in academy_requests_unavailable_total;"
                        + " logged once a minute)", e.getClass().getSimpleName());
            }
            return respond(ProblemException.unavailable("the academy is briefly unavailable; retry shortly"));
        }
        Log.errorf(e, "request failed unexpectedly");
        return respond(new ProblemException(500, "Internal Server Error", "the request could not be completed", List.of()));
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    static Response respond(ProblemException e) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem());
        if (e.status() == 429 || e.status() == 503) {
            response.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return response.build();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
