package academy.refusal;

import java.util.List;

/**
 * Why a command or query was refused, in words every service shares. The HTTP edge answers
 * {@link NotFound} with 404, {@link Forbidden} with 403, {@link Conflict} with 409 and
 * {@link Invalid} with 422 naming each field.
 */
public sealed interface Refusal permits Refusal.NotFound, Refusal.Forbidden, Refusal.Conflict, Refusal.Invalid {

    /** What a client reads as the problem's detail. */
    String detail();

    /** Nothing by that name or id; {@code fields} may name the request part that named it. */
    record NotFound(String detail, List<FieldRefusal> fields) implements Refusal {

        public NotFound {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        public NotFound(String detail) {
            this(detail, List.of());
        }
    }

    record Forbidden(String detail) implements Refusal {
    }

    record Conflict(String detail) implements Refusal {
    }

    /** One or more request fields at fault; never empty. */
    record Invalid(List<FieldRefusal> fields) implements Refusal {

        public Invalid {
            if (fields == null || fields.isEmpty()) {
                throw new IllegalArgumentException("an invalid request names at least one field");
            }
            fields = List.copyOf(fields);
        }

        /** The one field's message, or how many fields are at fault. */
        @Override
        public String detail() {
            return fields.size() == 1 ? fields.get(0).message() : fields.size() + " fields are invalid";
        }
    }
}
