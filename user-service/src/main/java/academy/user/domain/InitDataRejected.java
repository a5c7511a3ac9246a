package academy.user.domain;

/** Telegram init data that does not prove a login. Says why, never echoes secrets or the data. */
public class InitDataRejected extends RuntimeException {

    public enum Reason {
        EMPTY, MALFORMED, DUPLICATE_KEY, MISSING_HASH, MALFORMED_HASH, MISSING_SIGNATURE, SIGNATURE_MISMATCH,
        MISSING_AUTH_DATE, INVALID_AUTH_DATE, EXPIRED, FROM_THE_FUTURE, MISSING_USER, INVALID_USER
    }

    private final Reason reason;

    public InitDataRejected(Reason reason) {
        super("init data rejected: " + reason.name().toLowerCase().replace('_', ' '));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
