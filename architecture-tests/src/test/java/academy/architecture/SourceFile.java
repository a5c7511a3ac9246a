package academy.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A main Java source file of a module: its package, its imports and its string literals, with lines. */
record SourceFile(String module, String path, String packageName, List<Import> imports, List<StringLiteral> literals) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;");

    /** An imported type, member or package (a wildcard import names the package). */
    record Import(int line, String name) {

        boolean isIn(String packagePrefix) {
            return name.equals(packagePrefix) || name.startsWith(packagePrefix + ".");
        }
    }

    static SourceFile read(String module, Path root, Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String packageName = "";
        List<Import> imports = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher pkg = PACKAGE.matcher(lines[i]);
            if (pkg.find() && packageName.isEmpty()) {
                packageName = pkg.group(1);
            }
            Matcher imported = IMPORT.matcher(lines[i]);
            if (imported.find()) {
                imports.add(new Import(i + 1, imported.group(1)));
            }
        }
        String path = root.relativize(file).toString().replace('\\', '/');
        return new SourceFile(module, path, packageName, imports, JavaLiterals.of(source));
    }

    /** The package's segment after "academy", e.g. "user" for academy.user.api; empty outside academy. */
    String topPackage() {
        String[] parts = packageName.split("\\.");
        return parts.length > 1 && parts[0].equals("academy") ? parts[1] : "";
    }

    /** The layer the package sits in ("domain", "api", ...) when one of its segments after the top package names it. */
    boolean isInLayer(String layer) {
        String[] parts = packageName.split("\\.");
        for (int i = 2; i < parts.length; i++) {
            if (parts[i].equals(layer)) {
                return true;
            }
        }
        return false;
    }
}
