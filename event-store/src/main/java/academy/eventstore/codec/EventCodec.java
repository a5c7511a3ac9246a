package academy.eventstore.codec;

import academy.eventstore.EventJson;
import academy.eventstore.EventMetadata;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.eventstore.StreamFold;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * A service's domain events to and from the store, built from their sealed interface: every
 * permitted record (through sealed sub-interfaces too) is one event type, named by its simple
 * name or by {@link EventType}. JSON goes through {@link EventJson}: null fields are left out on
 * write, absent fields read as null, unknown fields are ignored; an unknown event type decodes to
 * null (tolerant reader).
 */
public final class EventCodec<E> {

    private final Class<E> family;
    private final Map<String, Class<? extends E>> byName;
    private final Map<Class<?>, String> nameOf;

    private EventCodec(Class<E> family, Map<String, Class<? extends E>> byName) {
        this.family = family;
        this.byName = Map.copyOf(byName);
        Map<Class<?>, String> names = new LinkedHashMap<>();
        byName.forEach((name, type) -> names.put(type, name));
        this.nameOf = Map.copyOf(names);
    }

    /** The codec of every record {@code sealedInterface} permits, directly or through sealed sub-interfaces. */
    public static <E> EventCodec<E> of(Class<E> sealedInterface) {
        if (!sealedInterface.isSealed()) {
            throw new IllegalArgumentException(sealedInterface.getName() + " is not sealed");
        }
        Map<String, Class<? extends E>> byName = new LinkedHashMap<>();
        collect(sealedInterface, sealedInterface, byName);
        return new EventCodec<>(sealedInterface, byName);
    }

    private static <E> void collect(Class<E> family, Class<?> type, Map<String, Class<? extends E>> byName) {
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                collect(family, permitted, byName);
            } else if (permitted.isRecord()) {
                String name = nameOf(permitted);
                Class<?> clash = byName.put(name, permitted.asSubclass(family));
                if (clash != null && clash != permitted) {
                    throw new IllegalArgumentException("event type " + name + " names both " + clash.getName()
                            + " and " + permitted.getName());
                }
            } else {
                throw new IllegalArgumentException(permitted.getName() + " is neither a record nor sealed");
            }
        }
    }

    private static String nameOf(Class<?> record) {
        EventType explicit = record.getAnnotation(EventType.class);
        return explicit == null ? record.getSimpleName() : explicit.value();
    }

    public Class<E> family() {
        return family;
    }

    /** Every stored type name this codec reads and writes. */
    public Set<String> typeNames() {
        return byName.keySet();
    }

    public boolean knows(String eventType) {
        return byName.containsKey(eventType);
    }

    /** The stored type name of {@code type}, one of this codec's records. */
    public String typeName(Class<? extends E> type) {
        String name = nameOf.get(type);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " is not an event of " + family.getSimpleName());
        }
        return name;
    }

    /** The domain event, or null when this codec does not know the stored type. */
    public E decode(RecordedEvent recorded) {
        return decode(recorded.eventType(), recorded.data());
    }

    public E decode(String eventType, JsonObject data) {
        Class<? extends E> type = byName.get(eventType);
        return type == null ? null : EventJson.fromJson(data, type);
    }

    /** The event's data as stored: its fields, nulls left out. */
    public JsonObject encodeData(E event) {
        return EventJson.toJson(event);
    }

    @SuppressWarnings("unchecked")
    public NewEvent encode(UUID eventId, E event, EventMetadata metadata) {
        return new NewEvent(eventId, typeName((Class<? extends E>) event.getClass()), encodeData(event),
                metadata.toJson());
    }

    /** The events to append, the {@code i}-th with id {@code idForIndex.apply(i)}, all with {@code metadata}. */
    public List<NewEvent> encode(List<? extends E> events, IntFunction<UUID> idForIndex, EventMetadata metadata) {
        List<NewEvent> result = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            result.add(encode(idForIndex.apply(i), events.get(i), metadata));
        }
        return result;
    }

    /** A stream fold over this codec's events; events of other types leave the state as it is. */
    public <S> StreamFold<S> fold(S initial, BiFunction<S, ? super E, S> evolve) {
        return new StreamFold<>(initial, (state, recorded) -> {
            E event = decode(recorded);
            return event == null ? state : evolve.apply(state, event);
        });
    }
}
