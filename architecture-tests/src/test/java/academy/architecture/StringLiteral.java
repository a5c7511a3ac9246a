package academy.architecture;

/** A string literal or text block as written in the source (escapes kept), and the line it starts on. */
record StringLiteral(int line, String text) {

    /** The line of the character at {@code offset} in {@link #text()}: text blocks span several lines. */
    int lineOf(int offset) {
        int lines = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return line + lines;
    }
}
