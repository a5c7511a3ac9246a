package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up order of the discovered handlers: by subscription name, each name once. */
class SubscriptionStartupTest {

    record Named(String subscription) implements SubscribedHandler {
        @Override
        public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
            return Uni.createFrom().voidItem();
        }
    }

    @Test
    void handlersStartInOrderOfSubscriptionName() {
        List<SubscribedHandler> ordered = SubscriptionStartup.inStartOrder(
                List.of(new Named("learning-xp"), new Named("course-unlocking"), new Named("learning-lessons")));

        assertThat(ordered).extracting(SubscribedHandler::subscription)
                .containsExactly("course-unlocking", "learning-lessons", "learning-xp");
    }

    @Test
    void twoHandlersNamingOneSubscriptionAreRefused() {
        assertThatThrownBy(() -> SubscriptionStartup.inStartOrder(List.of(new Named("a"), new Named("b"), new Named("a"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a");
    }
}
