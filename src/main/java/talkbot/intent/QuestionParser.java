package talkbot.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.answer.Intent;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;
import talkbot.index.CorpusIndex;
import talkbot.index.TextAnalysis;

/**
 * Turns raw question text into a {@link Question}: cleans it, corrects misspelt words against
 * the corpus vocabulary, routes it to an intent, finds the entities it names and the words the
 * corpus has never seen. User text only ever reaches Lucene as analyzed terms, never as query
 * syntax.
 */
public final class QuestionParser {
    /** Questions are read up to this length; the rest cannot change what they ask. */
    static final int MAX_CHARS = 1000;
    private static final String WORDS_RESOURCE = "/talkbot/question-words.txt";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?(?:\\.[\\p{L}])*\\.?");
    private static final Set<String> US_AS_PRONOUN_AFTER =
            Set.of("tell", "give", "show", "let", "help", "send", "brief", "update", "remind", "teach", "ask", "join", "for", "to");

    private final CorpusIndex index;
    private final IntentRouter router;
    private final EntityMatcher entities;
    private final Set<String> questionWords;
    private final Set<String> questionTerms;

    public QuestionParser(CorpusIndex index, IntentRouter router) {
        this.index = index;
        this.router = router;
        this.entities = new EntityMatcher(index.corpus().entities());
        this.questionWords = loadWords();
        TextAnalysis analysis = index.analysis();
        Set<String> terms = new HashSet<>();
        for (String w : questionWords) {
            terms.addAll(analysis.queryTerms(w));
        }
        this.questionTerms = terms;
    }

    public EntityMatcher entityMatcher() {
        return entities;
    }

    public Question parse(String raw) {
        String text = clean(raw);
        StringBuilder corrected = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        String unknownName = null;
        Matcher m = WORD.matcher(text);
        int last = 0;
        String previous = null;
        boolean first = true;
        while (m.find()) {
            corrected.append(text, last, m.start());
            last = m.end();
            String word = m.group();
            String bare = word.endsWith(".") && !word.contains("'") && word.indexOf('.') == word.length() - 1
                    ? word.substring(0, word.length() - 1) : word;
            String lower = bare.toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean possessive = lower.endsWith("'s");
            String stem = possessive ? lower.substring(0, lower.length() - 2) : lower;
            String out = bare;
            if ("us".equals(lower) && !bare.equals("US") && previous != null && US_AS_PRONOUN_AFTER.contains(previous)) {
                out = ""; // "tell us": the pronoun, not the country
            } else if (!isQuestionWord(stem) && !known(stem)) {
                Optional<String> fix = index.vocabulary().correct(stem);
                if (fix.isPresent() && !isQuestionWord(fix.get())) {
                    out = fix.get() + (possessive ? "'s" : "");
                } else if (fix.isEmpty() && stem.chars().anyMatch(Character::isLetter)) {
                    unknown.add(stem);
                    boolean capitalised = Character.isUpperCase(bare.charAt(0)) && !first;
                    if (unknownName == null && (capitalised || possessive)) {
                        unknownName = bare.replace("’s", "").replace("'s", "");
                    }
                }
            }
            corrected.append(out);
            previous = lower;
            first = false;
        }
        corrected.append(text.substring(last));
        String correctedText = corrected.toString();
        String folded = Text.fold(correctedText);
        Intent intent = router.route(folded);
        List<String> words = talkbot.index.Vocabulary.words(correctedText.replaceAll("(?i)\\bU\\.S\\.?(?=\\s|$)", "US"));
        Set<Entity> named = entities.find(words);
        List<String> terms = new ArrayList<>();
        for (String t : index.analysis().queryTerms(correctedText)) {
            if (!questionTerms.contains(t)) {
                terms.add(t);
            }
        }
        if (intent == Intent.WHO && unknownName == null && named.isEmpty() && !unknown.isEmpty()
                && folded.matches("^(who|who's|whos) (is|was|are) [^ ]+( [^ ]+)?\\??$")) {
            unknownName = unknown.get(0); // "who is macron": a name the corpus lacks
        }
        if (intent == Intent.SAY && unknownName == null && named.isEmpty() && !unknown.isEmpty()) {
            unknownName = unknown.get(0); // "what did putin say": a speaker the corpus lacks
        }
        if (intent == Intent.WHO && isWhoIsName(folded, named)) {
            intent = Intent.ROLE; // "who is He Lifeng?" asks for a role
        }
        return new Question(text, correctedText, intent, new ArrayList<>(new LinkedHashSet<>(terms)), named, unknown,
                unknownName);
    }

    /** "who is X" where X is a person or organisation the corpus knows. */
    private static boolean isWhoIsName(String folded, Set<Entity> named) {
        if (!folded.matches("^(who|who's|whos)( is| was)? .*") || named.size() != 1) {
            return false;
        }
        Entity e = named.iterator().next();
        if (e.type() != Entity.EntityType.PERSON && e.type() != Entity.EntityType.ORG) {
            return false;
        }
        String rest = folded.replaceFirst("^(who|who's|whos)( is| was)?\\s+", "").replaceAll("[?!.]+$", "").strip();
        for (String n : e.names()) {
            if (Text.fold(n).equals(rest) || ("the " + Text.fold(n)).equals(rest)) {
                return true;
            }
        }
        return false;
    }

    private boolean isQuestionWord(String w) {
        return questionWords.contains(w);
    }

    private boolean known(String word) {
        if (index.vocabulary().contains(word)) {
            return true;
        }
        List<String> terms = index.analysis().queryTerms(word);
        if (terms.isEmpty()) {
            return true; // a stopword
        }
        for (String t : terms) {
            if (!index.knows(t) && !questionTerms.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Normalised, control characters and marks of direction removed, white space folded, clipped. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.length() > MAX_CHARS * 4 ? raw.substring(0, MAX_CHARS * 4) : raw;
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
            if (Character.isHighSurrogate(s.charAt(s.length() - 1))) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    private static Set<String> loadWords() {
        try (InputStream in = QuestionParser.class.getResourceAsStream(WORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(WORDS_RESOURCE + " is missing from the jar");
            }
            Set<String> words = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + WORDS_RESOURCE, e);
        }
    }
}
