package academy.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Questions and assessments for domain tests. */
final class Quizzes {

    static final long ADMIN = 1001L;
    static final long LEARNER = 279058397L;
    static final Instant DEFINED_AT = Instant.parse("2026-11-27T08:10:00Z");

    static final UUID A = id("a"), B = id("b"), C = id("c"), D = id("d"), E = id("e");

    private Quizzes() {
    }

    static UUID id(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes());
    }

    static Question single(String key, String points) {
        return new Question(id(key), "single_choice", "Can an event change?", new BigDecimal(points),
                List.of(new Choice(A, "Yes"), new Choice(B, "No")), List.of(B), null, null, null);
    }

    /** Choices A, B, C correct; D, E wrong. */
    static Question multiple(String key, String points) {
        return new Question(id(key), "multiple_choice", "Which are facts?", new BigDecimal(points),
                List.of(new Choice(A, "a"), new Choice(B, "b"), new Choice(C, "c"), new Choice(D, "d"),
                        new Choice(E, "e")),
                List.of(A, B, C), null, null, null);
    }

    static Question numeric(String key, String answer, String tolerance) {
        return new Question(id(key), "numeric", "pi?", BigDecimal.ONE, null, null, new BigDecimal(answer),
                new BigDecimal(tolerance), null);
    }

    static Question shortText(String key, String... accepted) {
        return new Question(id(key), "short_text", "Name it", BigDecimal.ONE, null, null, null, null,
                List.of(accepted));
    }

    static AssessmentDefined assessment(List<Question> questions) {
        return new AssessmentDefined(id("quiz"), "Events quiz", questions, 600, 30, 3, 60, "highest",
                new BigDecimal("0.7"), false, false, ADMIN, DEFINED_AT);
    }

    static AssessmentDefined withRules(AssessmentDefined base, int timeLimit, int grace, int maxAttempts,
                                       int minSeconds, String method) {
        return new AssessmentDefined(base.assessmentId(), base.title(), base.questions(), timeLimit, grace,
                maxAttempts, minSeconds, method, base.passMark(), base.shuffleQuestions(), base.shuffleChoices(),
                base.definedBy(), base.definedAt());
    }

    static AssessmentDefined shuffled(AssessmentDefined base) {
        return new AssessmentDefined(base.assessmentId(), base.title(), base.questions(), base.timeLimitSeconds(),
                base.gracePeriodSeconds(), base.maxAttempts(), base.minSecondsBetweenAttempts(),
                base.gradingMethod(), base.passMark(), true, true, base.definedBy(), base.definedAt());
    }
}
