package academy.projector.application;

/** A read model's answer and whether the projections behind it had passed the {@code ?after} position. */
public record Fresh<T>(T value, boolean caughtUp) {
}
