package academy.edge.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** The JSON path of a Jackson error, as clients see their fields: {@code questions[1].points}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
