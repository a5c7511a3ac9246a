package academy.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL from the io.zonky binaries on the classpath, for machines where none
 * answers. initdb refuses to run as root, so as root the server runs as an unprivileged user
 * (nobody by default, or ACADEMY_EMBEDDED_USER) through runuser.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final String runAs;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, int port, String runAs) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.runAs = runAs;
    }

    /**
     * Starts a server on {@code port} with its data in {@code dataDirectory} (initialised when
     * empty, kept otherwise, so a restart keeps the data).
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        String runAs = isRoot() ? System.getenv().getOrDefault("ACADEMY_EMBEDDED_USER", "nobody") : null;
        Path binaries = extractBinaries();
        EmbeddedPostgres server = new EmbeddedPostgres(binaries, dataDirectory, port, runAs);
        server.initialiseIfEmpty();
        server.run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(), "-w", "-t", "60",
                "-l", dataDirectory.resolve("server.log").toString(),
                "-o", "-p " + port + " -h 127.0.0.1 -k " + dataDirectory + " -c fsync=off -c max_connections=300",
                "start"));
        return server;
    }

    public int port() {
        return port;
    }

    public ServerEndpoint endpoint() {
        return new ServerEndpoint("127.0.0.1", port, "postgres", "", "embedded");
    }

    /** Stops the server fast (open sessions are disconnected). */
    @Override
    public void close() {
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "fast", "-w",
                "stop"));
    }

    private void initialiseIfEmpty() {
        try {
            Files.createDirectories(dataDirectory);
            if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                return;
            }
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
            if (runAs != null) {
                exec(List.of("chown", "-R", runAs, dataDirectory.toString()), false);
            }
            run(List.of(binaries.resolve("bin/initdb").toString(), "-D", dataDirectory.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-sync"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> command) {
        exec(command, runAs != null);
    }

    private void exec(List<String> command, boolean asUnprivileged) {
        List<String> full = new ArrayList<>();
        if (asUnprivileged) {
            full.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("embedded PostgreSQL command failed: " + String.join(" ", command)
                        + " (see " + dataDirectory.resolve("server.log") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Extracts the binaries once per version into a world-readable folder (the server may run as nobody). */
    private static synchronized Path extractBinaries() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "academy-postgres-binaries-15");
        if (Files.exists(target.resolve("bin/postgres"))) {
            return target;
        }
        Path staging = target.resolveSibling(target.getFileName() + "-" + ProcessHandle.current().pid());
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IllegalStateException(ARCHIVE + " is not on the classpath (io.zonky.test.postgres binaries)");
            }
            untar(new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive))), staging);
            try {
                Files.move(staging, target);
            } catch (IOException alreadyThere) {
                // Another JVM extracted it at the same moment; use theirs.
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void untar(TarArchiveInputStream tar, Path into) throws IOException {
        Files.createDirectories(into);
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            Path path = into.resolve(entry.getName()).normalize();
            if (!path.startsWith(into)) {
                throw new IOException("archive entry outside its folder: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(path.getParent());
                Files.deleteIfExists(path);
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else {
                Files.createDirectories(path.getParent());
                Files.copy(tar, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                boolean executable = (entry.getMode() & 0100) != 0;
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        try (var walk = Files.walk(into)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
