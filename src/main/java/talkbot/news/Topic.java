package talkbot.news;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.CorpusException;

/**
 * What the corpus is about, from {@code topic.properties} in the corpus folder: groups of terms
 * ({@code group.NAME=term, term, …}, each with {@code group.NAME.min}, default 1) and a total
 * ({@code mentions}, default 1). An article is on topic when every group's terms occur at least
 * that group's minimum times in its title and text, and all groups' terms together at least
 * {@code mentions} times; a term in the title counts twice. A term matches whole words; a term
 * with no lower-case letter ({@code US}, {@code U.S.}) matches only as written, any other in any
 * case; a trailing {@code *} matches any ending ({@code tariff*}: tariff, tariffs). Without the
 * file every article is on topic.
 */
final class Topic {
    static final String FILE = "topic.properties";

    /** A group of terms and how often they must occur. */
    record Group(String name, List<Pattern> terms, List<String> words, int min) {}

    /** Whether an article is on topic, and why (for the line {@code add} prints). */
    record Verdict(boolean onTopic, String why) {}

    private final List<Group> groups;
    private final int mentions;

    private Topic(List<Group> groups, int mentions) {
        this.groups = List.copyOf(groups);
        this.mentions = mentions;
    }

    /** Every article on topic: a corpus without {@code topic.properties}. */
    static Topic any() {
        return new Topic(List.of(), 0);
    }

    static Topic load(Path corpusDir) {
        Path file = corpusDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return any();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<Group> groups = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.equals("mentions") || (key.startsWith("group.") && key.endsWith(".min"))) {
                continue;
            }
            if (!key.startsWith("group.") || key.length() == "group.".length()) {
                throw new CorpusException(file + ": unknown key '" + key + "' (known: mentions, group.NAME, group.NAME.min)");
            }
            String name = key.substring("group.".length());
            List<Pattern> terms = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (String t : p.getProperty(key).split(",")) {
                if (!t.isBlank()) {
                    words.add(t.strip());
                    terms.add(pattern(t.strip()));
                }
            }
            if (terms.isEmpty()) {
                throw new CorpusException(file + ": " + key + " has no terms");
            }
            groups.add(new Group(name, terms, words, number(p, file, key + ".min", 1)));
        }
        return new Topic(groups, number(p, file, "mentions", 1));
    }

    private static int number(Properties p, Path file, String key, int otherwise) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CorpusException(file + ": " + key + ": expected a whole number, got '" + v.strip() + "'");
    }

    static Pattern pattern(String term) {
        boolean prefix = term.endsWith("*");
        String t = prefix ? term.substring(0, term.length() - 1) : term;
        String quoted = Pattern.quote(t).replace(" ", "\\E\\s+\\Q");
        String regex = "(?<![\\p{L}\\p{N}])" + quoted + (prefix ? "[\\p{L}\\p{N}]*" : "") + "(?![\\p{L}\\p{N}])";
        boolean exact = t.chars().noneMatch(Character::isLowerCase);
        return Pattern.compile(regex, exact ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Verdict judge(String title, String text) {
        if (groups.isEmpty()) {
            return new Verdict(true, "no topic file: every article is kept");
        }
        int total = 0;
        for (Group g : groups) {
            int n = 0;
            for (Pattern term : g.terms()) {
                n += 2 * count(term, title) + count(term, text);
            }
            if (n < g.min()) {
                return new Verdict(false, n == 0
                        ? "nothing about " + g.name() + " (" + String.join(", ", g.words().subList(0, Math.min(4, g.words().size()))) + " …)"
                        : g.name() + " mentioned " + n + " times, " + g.min() + " needed");
            }
            total += n;
        }
        if (total < mentions) {
            return new Verdict(false, "its topic terms occur " + total + " times, " + mentions + " needed");
        }
        return new Verdict(true, "its topic terms occur " + total + " times");
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
