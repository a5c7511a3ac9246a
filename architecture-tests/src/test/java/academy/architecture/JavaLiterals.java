package academy.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals and text blocks of a Java source file, comments and character literals
 * skipped, so a table name in a comment or an identifier is never taken for SQL.
 */
final class JavaLiterals {

    private final String source;
    private final List<StringLiteral> literals = new ArrayList<>();
    private int position;
    private int line = 1;

    private JavaLiterals(String source) {
        this.source = source;
    }

    static List<StringLiteral> of(String source) {
        JavaLiterals lexer = new JavaLiterals(source);
        lexer.scan();
        return lexer.literals;
    }

    private void scan() {
        while (position < source.length()) {
            if (startsWith("//")) {
                skipUntil("\n", false);
            } else if (startsWith("/*")) {
                position += 2;
                skipUntil("*/", true);
            } else if (startsWith("\"\"\"")) {
                textBlock();
            } else if (startsWith("\"")) {
                quoted('"');
            } else if (startsWith("'")) {
                quoted('\'');
            } else {
                advance();
            }
        }
    }

    private void textBlock() {
        int startLine = line;
        position += 3;
        StringBuilder text = new StringBuilder();
        while (position < source.length() && !startsWith("\"\"\"")) {
            if (source.charAt(position) == '\\' && position + 1 < source.length()) {
                text.append(source.charAt(position));
                advance();
            }
            text.append(source.charAt(position));
            advance();
        }
        position += 3;
        literals.add(new StringLiteral(startLine, text.toString()));
    }

    private void quoted(char quote) {
        int startLine = line;
        position++;
        StringBuilder text = new StringBuilder();
        while (position < source.length() && source.charAt(position) != quote && source.charAt(position) != '\n') {
            if (source.charAt(position) == '\\' && position + 1 < source.length()) {
                text.append(source.charAt(position));
                advance();
            }
            text.append(source.charAt(position));
            advance();
        }
        position++;
        if (quote == '"') {
            literals.add(new StringLiteral(startLine, text.toString()));
        }
    }

    private void skipUntil(String end, boolean consumeEnd) {
        while (position < source.length() && !startsWith(end)) {
            advance();
        }
        if (consumeEnd) {
            position += end.length();
        }
    }

    private boolean startsWith(String text) {
        return source.startsWith(text, position);
    }

    private void advance() {
        if (source.charAt(position) == '\n') {
            line++;
        }
        position++;
    }
}
