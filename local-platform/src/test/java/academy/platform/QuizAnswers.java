package academy.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The right answer to a question of an attempt, found by its prompt in the authored demo course. */
final class QuizAnswers {

    private QuizAnswers() {
    }

    static JsonObject correct(JsonObject authoredQuiz, JsonObject asked) {
        JsonObject authored = null;
        for (Object candidate : authoredQuiz.getJsonArray("questions")) {
            if (((JsonObject) candidate).getString("prompt").equals(asked.getString("prompt"))) {
                authored = (JsonObject) candidate;
            }
        }
        if (authored == null) {
            throw new AssertionError("the attempt asks a question the demo course does not have: " + asked.encode());
        }
        switch (authored.getString("type")) {
            case "numeric":
                return new JsonObject().put("number", authored.getValue("numericAnswer"));
            case "short_text":
                return new JsonObject().put("text", authored.getJsonArray("acceptedAnswers").getString(0));
            default:
                JsonArray choiceIds = new JsonArray();
                for (Object choice : asked.getJsonArray("choices")) {
                    String text = ((JsonObject) choice).getString("text");
                    for (Object option : authored.getJsonArray("choices")) {
                        JsonObject authoredChoice = (JsonObject) option;
                        if (authoredChoice.getString("text").equals(text) && authoredChoice.getBoolean("correct")) {
                            choiceIds.add(((JsonObject) choice).getString("choiceId"));
                        }
                    }
                }
                return new JsonObject().put("choiceIds", choiceIds);
        }
    }
}
