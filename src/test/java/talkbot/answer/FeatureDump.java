package talkbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.Question;
import talkbot.intent.QuestionParser;

/**
 * Writes, for each question of the given sets, every candidate answer the core considers with
 * its features, as JSON lines: what eval/fit_confidence.py fits the confidence model on.
 *
 * <p>Usage: {@code FeatureDump CORPUS_DIR OUT.jsonl SET.jsonl...} (run from the test classpath).
 */
public final class FeatureDump {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeatureDump() {}

    public static void main(String[] args) throws IOException {
        Corpus corpus = CorpusLoader.load(Path.of(args[0]));
        CorpusIndex index = CorpusIndex.build(corpus);
        QuestionParser parser = new QuestionParser(index, IntentRouter.load());
        Weights weights = new Weights(index, parser.entityMatcher());
        RoundFit rounds = new RoundFit(corpus);
        ConfidenceModel model = ConfidenceModel.load();
        Sides sides = new Sides(index);
        SentenceRanker sentences = new SentenceRanker(index, weights, rounds, model, sides);
        FactRanker facts = new FactRanker(index, weights, rounds, model, sides);
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
            for (int a = 2; a < args.length; a++) {
                Path set = Path.of(args[a]);
                int i = 0;
                for (String line : Files.readAllLines(set)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode item = JSON.readTree(line);
                    Question q = parser.parse(item.get("q").asText());
                    List<Candidate> all = new ArrayList<>();
                    boolean answerable = q.unknownName() == null && !q.empty();
                    if (answerable) {
                        facts.best(q).ifPresent(all::add);
                        all.addAll(sentences.all(q));
                    }
                    ObjectNode o = JSON.createObjectNode();
                    o.put("set", set.getFileName().toString());
                    o.put("i", i++);
                    o.set("item", item);
                    o.put("refused_early", !answerable);
                    ArrayNode cands = o.putArray("candidates");
                    for (Candidate c : all) {
                        ObjectNode n = cands.addObject();
                        n.put("short", c.shortAnswer());
                        n.put("answer", shown(c));
                        n.put("article", c.articleId());
                        ArrayNode f = n.putArray("features");
                        for (double v : c.features().values()) {
                            f.add(v);
                        }
                    }
                    out.println(JSON.writeValueAsString(o));
                }
            }
        }
    }

    /** The reply as the JSON "answer" shows it: the reply, then its source sentence when that adds something and fits. */
    private static String shown(Candidate c) {
        String sentence = c.sources().get(0).text();
        String reply = c.reply();
        if (reply.contains(sentence)) {
            return reply;
        }
        String full = reply + " Source: “" + sentence + "”";
        return full.length() <= Answer.REPLY_LIMIT ? full : reply;
    }
}
