package academy.shared;

public record Money(long cents) {
}
