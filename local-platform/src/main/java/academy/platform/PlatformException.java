package academy.platform;

/** A failure the user can act on: its message is printed as is, never a stack trace. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
