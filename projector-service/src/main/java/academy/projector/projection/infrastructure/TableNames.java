package academy.projector.projection.infrastructure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical tables a projection writes: its own names while live, "{name}__rebuild" while a
 * rebuild fills copies aside. SQL templates name tables as {table}; only names from a
 * projection's fixed list are ever substituted, never input.
 */
public record TableNames(List<String> tables, String suffix) {

    public static final String REBUILD_SUFFIX = "__rebuild";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    public TableNames {
        tables = List.copyOf(tables);
    }

    public static TableNames live(List<String> tables) {
        return new TableNames(tables, "");
    }

    public TableNames rebuild() {
        return new TableNames(tables, REBUILD_SUFFIX);
    }

    public boolean isLive() {
        return suffix.isEmpty();
    }

    public String of(String table) {
        if (!tables.contains(table)) {
            throw new IllegalArgumentException("not a table of this projection: " + table);
        }
        return table + suffix;
    }

    public String sql(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(sql, of(matcher.group(1)));
        }
        matcher.appendTail(sql);
        return sql.toString();
    }
}
