package academy.edge.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The academy's own HTTP limits ({@code academy.http.*}), below Vert.x's: refused with problem+json.
 * A default is written once: here, or in microprofile-config.properties where an environment
 * variable sets it.
 */
@ConfigMapping(prefix = "academy.http")
public interface HttpLimits {

    /** Longest request line path and query answered; 414 beyond. */
    @WithDefault("4096")
    int maxUriLength();

    /** Most header bytes answered; 431 beyond. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Requests served at once by a replica; 503 beyond (microprofile-config.properties: ACADEMY_MAX_IN_FLIGHT). */
    int maxInFlight();
}
