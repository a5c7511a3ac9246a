package academy.architecture;

/** One broken rule at one place: the file relative to the repository root, its line and what is wrong. */
record Violation(String file, int line, String problem) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + problem;
    }
}
