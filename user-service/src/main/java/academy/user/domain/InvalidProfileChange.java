package academy.user.domain;

import java.util.List;

/** A profile change that cannot be applied (HTTP 422 naming each field). */
public class InvalidProfileChange extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidProfileChange(List<FieldProblem> problems) {
        super("invalid profile change: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
