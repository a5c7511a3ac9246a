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

/**
 * One rule for every body of every service: a body is one JSON value (anything after it is
 * malformed), no key twice in an object (which one would count?), numbers and strings within
 * {@link academy.edge.json.InputBounds}, no null inside an array, and no document deep or long
 * enough to cost the parser.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_NESTING_DEPTH = 32;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH).maxNestingDepth(MAX_NESTING_DEPTH).build());
        mapper.registerModule(BoundedValues.module());
        // An array never holds null: [null] where a list of ids or links is expected is 422, not a 500 deeper in.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }
}
