package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Expand and contract: during a rolling update the previous release's pods run against the
 * next release's schema (the first new pod migrates at start-up), and after a rollback they run
 * on it for good. So a released migration never changes, and a newer one only adds: tables,
 * nullable columns or columns with a default, indexes, functions. docs/operations.md,
 * "Upgrades and rollback".
 */
class MigrationsStayAdditiveTest {

    private static final Path RELEASED = Manifests.ROOT.resolve("deploy-tests/src/test/resources/released-migrations.txt");
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\bDROP\\s+(TABLE|COLUMN|INDEX|VIEW|FUNCTION|SCHEMA|TYPE|SEQUENCE|CONSTRAINT|DEFAULT)\\b"),
            Pattern.compile("\\bRENAME\\b"),
            Pattern.compile("\\bALTER\\s+COLUMN\\s+\\S+\\s+(SET\\s+DATA\\s+)?TYPE\\b"),
            Pattern.compile("\\bSET\\s+NOT\\s+NULL\\b"),
            Pattern.compile("\\bADD\\s+(CONSTRAINT|PRIMARY\\s+KEY|UNIQUE|CHECK|FOREIGN\\s+KEY)\\b"),
            Pattern.compile("\\bTRUNCATE\\b"),
            Pattern.compile("\\bDELETE\\s+FROM\\b"));
    private static final Pattern ADD_COLUMN = Pattern.compile("\\bADD\\s+COLUMN\\b(.*)", Pattern.DOTALL);

    @Test
    void releasedMigrationsNeverChange() throws Exception {
        Map<String, String> released = released();
        assertThat(released).as("released-migrations.txt lists the released files").isNotEmpty();
        for (var entry : released.entrySet()) {
            Path file = Manifests.ROOT.resolve(entry.getKey());
            assertThat(file).as("a released migration is never removed").exists();
            assertThat(sha256(file)).as("%s changed after its release: write a new migration instead", entry.getKey())
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void migrationsNewerThanTheLastReleaseOnlyAdd() throws Exception {
        Map<String, String> released = released();
        List<String> problems = new ArrayList<>();
        for (Path file : migrations()) {
            String name = Manifests.ROOT.relativize(file).toString();
            if (!released.containsKey(name)) {
                problems.addAll(nonAdditive(name, Files.readString(file)));
            }
        }
        assertThat(problems).as("statements an older release's pods could break on").isEmpty();
    }

    @Test
    void theRuleTellsAdditiveFromBreakingStatements() {
        assertThat(nonAdditive("ok.sql", """
                -- a comment that says DROP TABLE is harmless
                CREATE TABLE IF NOT EXISTS badges (user_id bigint PRIMARY KEY, earned_at timestamptz NOT NULL);
                ALTER TABLE user_profiles ADD COLUMN IF NOT EXISTS bio text;
                ALTER TABLE user_profiles ADD COLUMN streak_goal int NOT NULL DEFAULT 1;
                CREATE INDEX IF NOT EXISTS badges_by_time ON badges (earned_at);
                """)).isEmpty();
        assertThat(nonAdditive("bad.sql", """
                ALTER TABLE user_profiles DROP COLUMN bio;
                ALTER TABLE user_profiles RENAME COLUMN name TO display_name;
                ALTER TABLE user_profiles ALTER COLUMN time_zone TYPE varchar(64);
                ALTER TABLE user_profiles ADD COLUMN locale text NOT NULL;
                ALTER TABLE user_profiles ALTER COLUMN bio SET NOT NULL;
                DROP TABLE badges;
                """)).hasSize(6);
    }

    /** One problem per statement that removes, renames, retypes or tightens what exists. */
    static List<String> nonAdditive(String file, String sql) {
        List<String> problems = new ArrayList<>();
        String code = sql.replaceAll("--[^\\n]*", " ");
        for (String statement : code.split(";")) {
            String upper = statement.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            if (upper.isEmpty()) {
                continue;
            }
            boolean breaking = FORBIDDEN.stream().anyMatch(p -> p.matcher(upper).find());
            var column = ADD_COLUMN.matcher(upper);
            if (column.find() && column.group(1).contains("NOT NULL") && !column.group(1).contains("DEFAULT")) {
                breaking = true;
            }
            if (breaking) {
                problems.add(file + ": " + upper);
            }
        }
        return problems;
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> paths = Files.walk(Manifests.ROOT, 6)) {
            return paths.filter(p -> p.toString().replace('\\', '/').matches(".*/src/main/resources/db/[^/]+/V\\d+__[^/]+\\.sql"))
                    .filter(p -> !p.toString().contains("/target/")).sorted().toList();
        }
    }

    private static Map<String, String> released() throws IOException {
        Map<String, String> released = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RELEASED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+", 2);
                released.put(parts[1], parts[0]);
            }
        }
        return released;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
