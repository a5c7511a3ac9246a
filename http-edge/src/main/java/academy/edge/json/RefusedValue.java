package academy.edge.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A body value outside {@link InputBounds}: 422 naming the field (Jackson adds the path as it unwinds). */
public class RefusedValue extends JsonMappingException {

    public RefusedValue(JsonParser parser, String message) {
        super(parser, message);
    }
}
