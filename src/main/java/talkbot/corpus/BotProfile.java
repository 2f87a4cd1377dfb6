package talkbot.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the bot says about itself, from the corpus's {@code bot.properties}: the topic its titles
 * name, its greeting, its help, what it can answer, example questions and the one-line
 * description of the command line. Together with the articles they make the bot about one set of
 * talks, so that the same jar serves another by changing only the corpus folder. Without the file
 * (or for a key it leaves out) the texts are neutral ones that fit any corpus.
 *
 * @param topic       what the articles are about, as a title names it ("US–China trade talks")
 * @param description one sentence saying what the bot does (the command line's help)
 * @param greeting    the first thing the bot says (/start, "hello")
 * @param help        what to ask about, leading the help
 * @param suggest     what the bot can answer, added to a refusal
 * @param examples    questions to try, in order
 */
public record BotProfile(String topic, String description, String greeting, String help, String suggest,
        List<String> examples) {

    /** The file in the corpus folder. */
    public static final String FILE = "bot.properties";
    /** A title is a line: anything longer is a mistake. */
    static final int MAX_TOPIC = 80;
    /** The other texts are a sentence or two each. */
    static final int MAX_TEXT = 300;
    private static final String EXAMPLE = "example.";
    private static final Set<String> KEYS = Set.of("topic", "description", "greeting", "help", "suggest");

    private static final BotProfile DEFAULTS = new BotProfile(
            "The news",
            "Answers questions about a set of news articles, on Telegram, Slack and a console chat.",
            "Hello! I answer questions about the news articles I have, and I quote my sources.",
            "Ask me a question about the news articles I have.",
            "I can tell you who is who, who said what, and where, when and how much, as my articles report it.",
            List.of());

    public BotProfile {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(greeting, "greeting");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(suggest, "suggest");
        examples = List.copyOf(examples);
    }

    /** The neutral texts, for a corpus without {@code bot.properties}. */
    public static BotProfile defaults() {
        return DEFAULTS;
    }

    /**
     * The profile of the corpus in {@code corpusDir}: its {@code bot.properties} over the neutral
     * texts. A key the file does not know, an empty or over-long topic, or an unreadable file is a
     * {@link CorpusException} naming the file.
     */
    public static BotProfile load(Path corpusDir) {
        Path file = corpusDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
        }
        TreeMap<Integer, String> examples = new TreeMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith(EXAMPLE)) {
                try {
                    examples.put(Integer.parseInt(key.substring(EXAMPLE.length())), p.getProperty(key).strip());
                } catch (NumberFormatException e) {
                    throw new CorpusException(file + ": " + key + ": examples are numbered: example.1, example.2, …");
                }
            } else if (!KEYS.contains(key)) {
                throw new CorpusException(file + ": '" + key + "' is not a key of " + FILE + " (the keys are "
                        + String.join(", ", new TreeSet<>(KEYS)) + " and example.N)");
            }
        }
        String topic = value(p, "topic", DEFAULTS.topic());
        if (topic.length() > MAX_TOPIC) {
            throw new CorpusException(file + ": topic: at most " + MAX_TOPIC + " characters, got " + topic.length());
        }
        for (String key : KEYS) {
            if (!key.equals("topic") && p.getProperty(key, "").strip().length() > MAX_TEXT) {
                throw new CorpusException(file + ": " + key + ": at most " + MAX_TEXT + " characters, a sentence or two");
            }
        }
        List<String> list = new ArrayList<>();
        examples.values().stream().filter(e -> !e.isEmpty()).forEach(list::add);
        return new BotProfile(topic, value(p, "description", DEFAULTS.description()),
                value(p, "greeting", DEFAULTS.greeting()), value(p, "help", DEFAULTS.help()),
                value(p, "suggest", DEFAULTS.suggest()), list);
    }

    private static String value(Properties p, String key, String fallback) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() ? fallback : v;
    }
}
