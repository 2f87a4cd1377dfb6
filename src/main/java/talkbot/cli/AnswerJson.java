package talkbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import talkbot.answer.Answer;
import talkbot.corpus.Citation;
import talkbot.corpus.Text;

/**
 * One answer as one JSON object: {@code question, answered, intent, short, answer, confidence,
 * sources[{article, sentence}]}. {@code answer} is the whole reply as a reader sees it: the reply,
 * then the quoted source sentence when it adds something and fits in 400 characters.
 */
final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {}

    static String line(Answer a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", a.question());
        o.put("answered", a.answered());
        o.put("intent", a.intent().wireName());
        if (a.shortAnswer() == null) {
            o.putNull("short");
        } else {
            o.put("short", a.shortAnswer());
        }
        o.put("answer", fullReply(a));
        o.put("confidence", a.confidence());
        ArrayNode sources = o.putArray("sources");
        for (Citation c : a.sources()) {
            sources.addObject().put("article", c.articleId()).put("sentence", c.sentence());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fullReply(Answer a) {
        String reply = a.reply();
        if (a.sources().isEmpty()) {
            return reply;
        }
        String sentence = a.sources().get(0).sentence();
        if (Text.fold(reply).contains(Text.fold(sentence))) {
            return reply;
        }
        String full = reply + " Source: “" + sentence + "”";
        return full.length() <= Answer.REPLY_LIMIT ? full : reply;
    }
}
