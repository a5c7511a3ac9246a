package academy.edge;

import academy.edge.problem.ProblemException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.util.List;

/** Routes for the edge's body tests: they echo what Jackson read. */
@Path("/edge-test/bodies")
public class BodiesResource {

    public record Sample(String text, BigDecimal number, Double ratio, double weight, Integer count, List<String> tags,
                         Nested nested) {
    }

    public record Nested(String name, BigDecimal amount) {
    }

    public record Single(String initData) {
    }

    @POST
    @Path("/sample")
    public Sample sample(Sample sample) {
        return ProblemException.requireBody(sample);
    }

    @POST
    @Path("/single")
    public Single single(Single single) {
        return ProblemException.requireBody(single);
    }
}
