package academy.platform;

import java.nio.file.Path;

/** The five API services of the academy and the Mini App, their modules and local ports. */
public enum AcademyService {
    USER("user-service", 8081),
    COURSE("course-service", 8082),
    LEARNING("learning-service", 8083),
    ASSESSMENT("assessment-service", 8084),
    PROJECTOR("projector-service", 8085),
    /** The Mini App's static files: no data store, no token; the gateway sends it every path no API prefix claims. */
    MINI_APP("mini-app", 8086);

    private final String serviceName;
    private final int defaultPort;

    AcademyService(String serviceName, int defaultPort) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
    }

    /** The module folder, the Kubernetes Service name and the name in k8s/routes.yaml. */
    public String serviceName() {
        return serviceName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Only user-service signs tokens and checks Telegram init data. */
    public boolean holdsSigningSecrets() {
        return this == USER;
    }

    /** Whether it reads PostgreSQL and Redis (and so reports them in /health and goes unready without PostgreSQL). */
    public boolean usesDataStores() {
        return this != MINI_APP;
    }

    public Path runnableJar(Path repositoryRoot) {
        return repositoryRoot.resolve(serviceName).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static AcademyService named(String serviceName) {
        for (AcademyService service : values()) {
            if (service.serviceName.equals(serviceName)) {
                return service;
            }
        }
        throw new PlatformException("unknown service in the route table: " + serviceName);
    }
}
