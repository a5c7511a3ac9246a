package academy.learning.api;

import academy.eventstore.EventStore;
import academy.learning.api.LearningFixtures.TestLesson;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A new learner with one open lesson (pass score 0.7, 50 XP) for every test. */
abstract class OpenLessonTest {

    @Inject
    EventStore store;

    LearningFixtures fixtures;
    TestLesson lesson;
    long learner;

    @BeforeEach
    void openLesson() {
        fixtures = new LearningFixtures(store);
        lesson = fixtures.knownLesson(0.7, 50);
        learner = LearningFixtures.newLearner();
        fixtures.unlock(learner, lesson);
    }
}
