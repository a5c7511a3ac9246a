package academy.eventstore;

/** What an append expects of its stream: an exact version, no stream yet, or anything. */
public sealed interface ExpectedVersion {

    record Exact(int version) implements ExpectedVersion {
        public Exact {
            if (version < 0) {
                throw new IllegalArgumentException("version must be >= 0");
            }
        }
    }

    record NoStream() implements ExpectedVersion {
    }

    record Any() implements ExpectedVersion {
    }

    /** Version 0 means the stream does not exist yet, the same as {@link #noStream()}. */
    static ExpectedVersion exactly(int version) {
        return version == 0 ? new NoStream() : new Exact(version);
    }

    static ExpectedVersion noStream() {
        return new NoStream();
    }

    static ExpectedVersion any() {
        return new Any();
    }
}
