package academy.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository as the rules see it: the modules the root pom lists, the main Java sources of
 * each, and the event store's table names read from its own migrations.
 */
final class SourceTree {

    static final String EVENT_STORE_MODULE = "event-store";
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\\w+\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);

    private final Path root;

    private SourceTree(Path root) {
        this.root = root;
    }

    static SourceTree at(Path root) {
        return new SourceTree(root);
    }

    /** The repository root: the nearest directory above {@code start} whose pom.xml lists modules. */
    static SourceTree around(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<modules>")) {
                return new SourceTree(dir);
            }
        }
        throw new IllegalStateException("no pom.xml with <modules> above " + start.toAbsolutePath());
    }

    Path root() {
        return root;
    }

    List<String> modules() {
        List<String> modules = new ArrayList<>();
        Matcher module = MODULE.matcher(read(root.resolve("pom.xml")));
        while (module.find()) {
            modules.add(module.group(1));
        }
        return modules;
    }

    /** Every Java file under src/main/java of every module. */
    List<SourceFile> mainSources() {
        List<SourceFile> files = new ArrayList<>();
        for (String module : modules()) {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(sources)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted()
                        .forEach(p -> files.add(SourceFile.read(module, root, p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The tables the event store's SQL migrations create (under event-store/src/main/resources). */
    List<String> eventStoreTables() {
        Path resources = root.resolve(EVENT_STORE_MODULE).resolve("src/main/resources");
        TreeSet<String> tables = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(resources)) {
            walk.filter(p -> p.toString().endsWith(".sql")).forEach(sql -> {
                Matcher table = CREATE_TABLE.matcher(read(sql));
                while (table.find()) {
                    tables.add(table.group(1).toLowerCase(Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no CREATE TABLE found in the SQL files under " + resources);
        }
        return List.copyOf(tables);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
