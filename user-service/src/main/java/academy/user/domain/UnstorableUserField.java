package academy.user.domain;

/**
 * Signed init data whose user object holds text no profile can store (NUL, broken UTF-16): the
 * data is authentic, but the field is refused by name rather than stored or turned into a 500.
 */
public class UnstorableUserField extends RuntimeException {

    private final String field;

    public UnstorableUserField(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
