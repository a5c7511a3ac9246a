package academy.learning.infrastructure;

import academy.eventstore.codec.EventCodec;
import academy.testing.StoredEventsContract;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Events stored before the codec still decode into the same records and are written back alike. */
class StoredEventsTest extends StoredEventsContract {

    private static final List<EventCodec<?>> CODECS = List.of(LessonStreams.EVENTS);

    @Override
    protected List<String> storedTypes() {
        return List.of("LessonStarted", "LessonProgressRecorded", "LessonCompleted");
    }

    @Override
    protected boolean knows(String type) {
        return CODECS.stream().anyMatch(codec -> codec.knows(type));
    }

    @Override
    protected Object decode(String type, JsonObject data) {
        return CODECS.stream().filter(codec -> codec.knows(type)).findFirst().orElseThrow().decode(type, data);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected JsonObject encode(Object event) {
        EventCodec codec = CODECS.stream().filter(c -> c.family().isInstance(event)).findFirst().orElseThrow();
        return codec.encodeData(event);
    }
}
