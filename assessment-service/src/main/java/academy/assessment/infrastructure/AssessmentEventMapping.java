package academy.assessment.infrastructure;

import academy.assessment.domain.AnswerRecorded;
import academy.assessment.domain.AssesseeEvent;
import academy.assessment.domain.AssessmentDefined;
import academy.assessment.domain.AssessmentFailed;
import academy.assessment.domain.AssessmentPassed;
import academy.assessment.domain.AttemptEvent;
import academy.assessment.domain.AttemptScored;
import academy.assessment.domain.AttemptStarted;
import academy.assessment.domain.AttemptSubmitted;
import academy.eventstore.EventJson;
import academy.eventstore.EventMetadata;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Domain event records to stored events and back; the event type is the record's simple name. */
public final class AssessmentEventMapping {

    private static final Map<String, Class<? extends AssesseeEvent>> ASSESSEE = Map.of(
            "AttemptStarted", AttemptStarted.class,
            "AssessmentPassed", AssessmentPassed.class,
            "AssessmentFailed", AssessmentFailed.class);
    private static final Map<String, Class<? extends AttemptEvent>> ATTEMPT = Map.of(
            "AnswerRecorded", AnswerRecorded.class,
            "AttemptSubmitted", AttemptSubmitted.class,
            "AttemptScored", AttemptScored.class);

    private AssessmentEventMapping() {
    }

    /** Absent fields (a numeric question's choices, an answer's unused kinds) are left out, as in docs/events.md. */
    public static NewEvent toNew(UUID eventId, Object payload, EventMetadata metadata) {
        return new NewEvent(eventId, payload.getClass().getSimpleName(), withoutNulls(EventJson.toJson(payload)),
                metadata.toJson());
    }

    public static AssessmentDefined definition(RecordedEvent event) {
        return "AssessmentDefined".equals(event.eventType()) ? event.dataAs(AssessmentDefined.class) : null;
    }

    /** The assessee event, or null for a type this service does not know (tolerant reader). */
    public static AssesseeEvent assesseeEvent(RecordedEvent event) {
        Class<? extends AssesseeEvent> type = ASSESSEE.get(event.eventType());
        return type == null ? null : event.dataAs(type);
    }

    public static AttemptEvent attemptEvent(RecordedEvent event) {
        Class<? extends AttemptEvent> type = ATTEMPT.get(event.eventType());
        return type == null ? null : event.dataAs(type);
    }

    /** Plain maps and lists inside, as EventJson reads them back (a nested JsonObject would not convert). */
    static JsonObject withoutNulls(JsonObject json) {
        return new JsonObject(cleaned(json.getMap()));
    }

    private static Map<String, Object> cleaned(Map<String, Object> map) {
        Map<String, Object> clean = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                clean.put(key, cleanedValue(value));
            }
        });
        return clean;
    }

    @SuppressWarnings("unchecked")
    private static Object cleanedValue(Object value) {
        if (value instanceof JsonObject object) {
            return cleaned(object.getMap());
        }
        if (value instanceof Map<?, ?> map) {
            return cleaned((Map<String, Object>) map);
        }
        if (value instanceof JsonArray array) {
            return cleanedValue(array.getList());
        }
        if (value instanceof List<?> list) {
            List<Object> clean = new ArrayList<>(list.size());
            list.forEach(item -> clean.add(item == null ? null : cleanedValue(item)));
            return clean;
        }
        return value;
    }
}
