package academy.assessment.domain;

import java.util.Arrays;

/** The four kinds of question, with the names they carry in events and requests. */
public enum QuestionType {
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_CHOICE("multiple_choice"),
    NUMERIC("numeric"),
    SHORT_TEXT("short_text");

    private final String wire;

    QuestionType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean withChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** The type of that name, or null when there is none. */
    public static QuestionType fromWire(String name) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(name)).findFirst().orElse(null);
    }
}
