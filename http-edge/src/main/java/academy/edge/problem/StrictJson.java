package academy.edge.problem;

import academy.edge.json.BoundedValues;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One rule for every body of every service: a body is one JSON value (anything after it is
 * malformed), no key twice in an object (which one would count?), numbers and strings within
 * {@link academy.edge.json.InputBounds}, no null inside a list, and no document nested deep
 * enough to cost the parser. (Quarkus also decodes stored JSON with this mapper: each rule here
 * must hold for every stored document too.)
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 32;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).build());
        mapper.registerModule(BoundedValues.module());
        // A list never holds null: [null] where ids or links are expected is 422, not a 500 deeper in. Only
        // properties declared as collections: this mapper also decodes stored JSON (maps may hold null).
        for (Class<?> collection : new Class<?>[] {List.class, Set.class, Collection.class}) {
            mapper.configOverride(collection).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
    }
}
