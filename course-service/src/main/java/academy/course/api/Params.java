package academy.course.api;

import academy.edge.problem.ProblemException;
import java.util.UUID;

/** Path parameters: an id that is not a UUID names nothing (404). */
final class Params {

    private Params() {
    }

    static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(what + " not found");
        }
    }
}
