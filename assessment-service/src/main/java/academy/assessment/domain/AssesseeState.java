package academy.assessment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One learner's attempts at one assessment and the grades decided after them. */
public record AssesseeState(List<AttemptStarted> attempts, Map<UUID, AssessmentGraded> grades,
                            AssessmentGraded latestGrade) {

    public static AssesseeState initial() {
        return new AssesseeState(List.of(), Map.of(), null);
    }

    public AssesseeState with(AssesseeEvent event) {
        if (event instanceof AttemptStarted started) {
            List<AttemptStarted> more = new ArrayList<>(attempts);
            more.add(started);
            return new AssesseeState(List.copyOf(more), grades, latestGrade);
        }
        AssessmentGraded graded = (AssessmentGraded) event;
        Map<UUID, AssessmentGraded> more = new HashMap<>(grades);
        more.put(graded.attemptId(), graded);
        return new AssesseeState(attempts, Map.copyOf(more), graded);
    }

    public Optional<AttemptStarted> attempt(UUID attemptId) {
        return attempts.stream().filter(attempt -> attempt.attemptId().equals(attemptId)).findFirst();
    }

    /**
     * When a finished attempt ended: its submission (the grade's decidedAt is the attempt's
     * scoredAt), or its acceptUntil if it was closed automatically after that: the learner could
     * do nothing with it past acceptUntil.
     */
    public java.time.Instant endOf(AttemptStarted attempt) {
        AssessmentGraded grade = grades.get(attempt.attemptId());
        if (grade == null || grade.decidedAt() == null) {
            return attempt.acceptUntil();
        }
        return grade.decidedAt().isAfter(attempt.acceptUntil()) ? attempt.acceptUntil() : grade.decidedAt();
    }

    /** Attempts not graded yet: still open, or overdue and waiting to be submitted. */
    public List<AttemptStarted> unfinished() {
        return attempts.stream().filter(attempt -> !grades.containsKey(attempt.attemptId())).toList();
    }
}
