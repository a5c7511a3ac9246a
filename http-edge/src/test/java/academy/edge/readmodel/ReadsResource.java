package academy.edge.readmodel;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Routes for the read-your-writes tests: one reading from the test read model, one reading from nothing. */
@Path("/edge-test/reads")
public class ReadsResource {

    @GET
    @ReadsFrom(TestReadPositions.SOURCE)
    public String read() {
        return "read " + TestReadPositions.REACHED.get();
    }

    @GET
    @Path("/undeclared")
    public String undeclared() {
        return "undeclared";
    }
}
