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
import talkbot.corpus.Entity;
import talkbot.lexicon.Phrases;
import talkbot.lexicon.EnglishWords;
import talkbot.lexicon.LightWords;
import talkbot.lexicon.TitleWords;
import talkbot.lexicon.WorldPlaces;
import talkbot.corpus.Text;
import talkbot.index.CorpusIndex;
import talkbot.index.TextAnalysis;
import talkbot.index.Vocabulary;
import talkbot.time.CalendarWords;

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
    private static final String WORLD_RESOURCE = "/talkbot/world-names.txt";
    private static final String TYPOS_RESOURCE = "/talkbot/question-typos.tsv";
    private static final Pattern WORD = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?(?:\\.[\\p{L}])*\\.?");
    private static final Set<String> US_AS_PRONOUN_AFTER =
            Set.of("tell", "give", "show", "let", "help", "send", "brief", "update", "remind", "teach", "ask", "join", "for", "to");

    private final CorpusIndex index;
    private final IntentRouter router;
    private final EntityMatcher entities;
    private final TitleResolver titles;
    /** The analyzed terms of each entity's names, computed once. */
    private final java.util.Map<Entity, Set<String>> entityTerms;
    private final Set<String> questionWords;
    private final Set<String> worldNames;
    private final java.util.Map<String, String> typos;
    private final ScopeReader scopes;
    /** A name used in this share of sentences is one of the parties the whole corpus is about. */
    private static final double PARTY_SHARE = 0.25;
    private final Phrases phrases = Phrases.get();

    private final Acronyms acronyms;

    public QuestionParser(CorpusIndex index, IntentRouter router) {
        this.index = index;
        this.router = router;
        this.entities = new EntityMatcher(index.corpus().entities());
        this.titles = new TitleResolver(index, entities);
        java.util.Map<Entity, Set<String>> terms = new java.util.HashMap<>();
        for (Entity e : index.corpus().entities()) {
            Set<String> t = new HashSet<>();
            for (String n : e.names()) {
                t.addAll(index.analysis().queryTerms(n));
            }
            terms.put(e, Set.copyOf(t));
        }
        this.entityTerms = java.util.Map.copyOf(terms);
        this.questionWords = loadWords(WORDS_RESOURCE);
        this.worldNames = loadWords(WORLD_RESOURCE);
        this.typos = loadTypos();
        this.acronyms = new Acronyms(index.corpus());
        this.scopes = new ScopeReader(index.corpus().rounds(), index.analysis(), name -> {
            for (String t : index.analysis().queryTerms(name)) {
                if (index.sentenceShare(t) >= PARTY_SHARE) {
                    return true; // China, the US: named in a quarter of all sentences, they are what every round is about
                }
            }
            return false;
        });
    }

    /**
     * The question named something only by a name the articles never write ("APEC" for the
     * Asia-Pacific Economic Cooperation summit): search for the names they do write.
     */
    private List<String> withWrittenNames(List<String> terms, List<Entity> named) {
        List<String> out = null;
        for (Entity e : named) {
            Set<String> all = entityTerms.get(e);
            if (all == null || terms.stream().filter(all::contains).anyMatch(t -> index.sentenceShare(t) > 0)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(terms);
            }
            out.removeIf(all::contains); // "apec" is searched as what the articles call it
            for (String t : all) {
                if (index.sentenceShare(t) > 0 && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out == null ? terms : out;
    }

    /**
     * The scope with the words the articles write for the places it names: "the argentina round" is
     * the round in the "Argentine capital", its words "argentin" as well as "argentina".
     */
    private Scope withNamesWritten(Scope scope, List<Entity> named) {
        Set<String> terms = new HashSet<>(scope.terms());
        for (Entity e : named) {
            if (e.names().stream().anyMatch(n -> scope.places().contains(Text.fold(n))) && entityTerms.get(e) != null) {
                terms.addAll(entityTerms.get(e));
            }
        }
        return terms.size() == scope.terms().size() ? scope
                : new Scope(scope.places(), scope.from(), scope.to(), scope.order(), terms, scope.yearsBack());
    }

    public EntityMatcher entityMatcher() {
        return entities;
    }

    /** When something was said, at a round's end: "after the poland talks ended", "when the talks wrapped up" (read as "ended"). */
    private static final Pattern SAID_WHEN_ENDED = Pattern.compile("\\b(?:after|when|as|once)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?"
            + "(talks|meeting|meetings|round|session|sessions|negotiations|summit)\\s+(ended|concluded|finished|closed|broke up)\\b");

    public Question parse(String raw) {
        String text = clean(raw);
        Words w = correct(TextAnalysis.joinCodes(phrases.plain(text))); // "H-1B" is the word the index holds, "h1b"
        String correctedText = w.corrected();
        String content = w.content();
        List<String> unknown = w.unknown();
        Set<String> guessed = w.guessed();
        String unknownName = w.unknownName();
        String folded = topicLast(withoutOpener(Text.fold(correctedText)));
        Intent intent = router.route(folded);
        List<String> words = talkbot.index.Vocabulary.words(US_DOTTED.matcher(correctedText).replaceAll("US"));
        List<Entity> named = new ArrayList<>(entities.find(words));
        named.removeAll(sourcesCited(words)); // "according to Xinhua": the source, not the subject
        List<String> terms = new ArrayList<>(withWrittenNames(index.analysis().queryTerms(content), named));
        // "the Chinese president" is Xi Jinping — except in a "who" question, where the holder is the answer
        boolean askingWho = intent == Intent.WHO;
        titles.resolve(terms, words, named).filter(p -> !askingWho).ifPresent(p -> {
            named.remove(p);
            named.add(0, p); // "the Chinese president": Xi Jinping
            // by the shortest of the person's names ("Whitcombe"), unless it is too short to tell one person ("Li")
            String shortest = p.names().stream().min(java.util.Comparator.comparingInt(String::length)).orElse(p.name());
            for (String t : index.analysis().queryTerms(shortest.length() >= SURNAME_MIN ? shortest : p.name())) {
                if (!terms.contains(t)) {
                    terms.add(t); // searched by name too: "Whitcombe told reporters" never says "treasury secretary"
                }
            }
        });
        String unknownNonWord = unknown.stream().filter(u -> !EnglishWords.contains(u)).findFirst().orElse(null);
        if (intent == Intent.WHO && unknownName == null && named.isEmpty() && unknownNonWord != null
                && WHO_IS_SHORT.matcher(folded).matches()) {
            unknownName = unknownNonWord; // "who is macron": a name the corpus lacks
        }
        if (intent == Intent.SAY && unknownName == null && unknownNonWord != null
                && (named.isEmpty() || unknownNonWord.equals(speakerAsked(folded)))) {
            unknownName = unknownNonWord; // "what did putin say", "what did nvidia say about the warsaw outcome": a speaker the corpus lacks
        }
        String focusTerm = null;
        if (intent == Intent.WHAT) {
            String head = head(folded);
            if (head != null && !isQuestionWord(head) && known(head)) {
                List<String> t = index.analysis().queryTerms(head);
                focusTerm = t.size() == 1 ? t.get(0) : null;
            } else if (head != null && unknownName == null && unknownHead(head) && !EnglishWords.contains(head)) {
                unknownName = head; // "what is the zorblat of china": a thing the articles never name
            }
        }
        if (intent == Intent.WHO && isWhoIsName(folded, named)) {
            intent = Intent.ROLE; // "who is He Lifeng?" asks for a role
        }
        Set<String> nameTerms = new HashSet<>();
        for (Entity e : named) {
            nameTerms.addAll(entityTerms.get(e));
        }
        QuestionShape shape = QuestionShape.of(intent, folded,
                named.stream().anyMatch(e -> e.type() != Entity.EntityType.TOPIC));
        if (intent == Intent.HOW_MUCH) {
            List<String> t = shape.measured() == null ? List.of() : index.analysis().queryTerms(shape.measured());
            focusTerm = t.size() == 1 ? t.get(0) : null; // "how much lng": a figure of soybeans does not answer it
        }
        if ("money".equals(shape.unit())) {
            // "how many dollars of energy": the sum is the answer's type, written "$45 billion", not a word to search
            for (String word : talkbot.index.Vocabulary.words(folded)) {
                if (talkbot.reading.Units.isCurrencyWord(word)) {
                    terms.removeAll(index.analysis().queryTerms(word));
                    unknown.remove(word);
                }
            }
        }
        if (intent == Intent.SAY) {
            Matcher ended = SAID_WHEN_ENDED.matcher(folded);
            if (ended.find()) {
                // "what did the us trade rep tell reporters after the poland talks ended": when, not what was said ("Ellison told
                // reporters outside the venue on Thursday evening"); the place stays in the scope
                // only the words the rest of the question does not say too ("what did she say about the talks after the talks ended")
                List<String> rest = index.analysis().queryTerms(folded.substring(0, ended.start()) + " " + folded.substring(ended.end()));
                List<String> when = index.analysis().queryTerms(ended.group(1) + " " + ended.group(2));
                terms.removeIf(t -> when.contains(t) && !rest.contains(t));
            }
        }
        if (QuestionShape.asksEmployer(folded)) {
            terms.removeAll(index.analysis().queryTerms("work works working employed")); // "economist at Galata Investment Bank"
        }
        if (shape.type() == AnswerType.NAME) {
            terms.removeAll(index.analysis().queryTerms("called named known dubbed branded nicknamed name"));
        }
        if (shape.type() == AnswerType.NAME && "district".equals(shape.typeWord())) {
            // "what part of bangkok": the sentence that names the venue's district says "district" (or a synonym of it)
            terms.addAll(index.analysis().queryTerms("district"));
            terms.removeAll(index.analysis().queryTerms("part area section"));
            focusTerm = null;
        }
        if (shape.typeWord() != null && shape.type() != AnswerType.CLAUSE && shape.type() != AnswerType.YESNO && shape.type() != AnswerType.NAME) {
            List<String> typeTerms = index.analysis().queryTerms(shape.typeWord());
            List<String> typeWords = List.of(shape.typeWord().split("[ -]"));
            // "which building": a venue answers it, whether or not its sentence says "building"; but a kind named by a
            // phrase the articles know ("a Brussels-based think tank") is still searched, for it finds the sentence
            if (typeWords.size() == 1 || typeWords.stream().anyMatch(unknown::contains)) {
                terms.removeAll(typeTerms);
            }
            if (typeTerms.contains(focusTerm)) {
                focusTerm = null; // "what building ...": the answer is a venue, not a sentence that says "building"
            }
            unknown.removeAll(typeWords); // "which think tank"
        }
        Scope scope = withNamesWritten(scopes.read(folded), named);
        boolean pronoun = PRONOUN.matcher(namesRemoved(officeHoldersPronounRemoved(folded), named)).find()
                && named.stream().noneMatch(e -> e.type() == Entity.EntityType.PERSON) && !saysWhoBefore(folded);
        return new Question(text, correctedText, intent, new ArrayList<>(new LinkedHashSet<>(terms)), named, unknown,
                unknownName == null ? null : wholeName(text, unknownName), guessed, nameTerms, focusTerm, shape, scope, pronoun);
    }

    /**
     * The whole name the asker wrote around an unknown word: "World Cup" for "World" in "who won
     * the World Cup in 2022?", "Ursula von der Leyen" for "Ursula" — lower-case particles count
     * between capitalised words — so that a refusal names what was asked about and not a piece of it.
     */
    static String wholeName(String text, String word) {
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!bare(words[i]).equals(word) || !capitalised(words[i])) {
                continue;
            }
            int from = i;
            int to = i;
            for (int before = nameWordBefore(words, from); before > 0; before = nameWordBefore(words, from)) {
                from = before; // never the question's first word: "Who", "What"
            }
            for (int after = nameWordAfter(words, to); after > 0; after = nameWordAfter(words, to)) {
                to = after;
            }
            StringBuilder out = new StringBuilder();
            for (int k = from; k <= to; k++) {
                out.append(k > from ? " " : "").append(bare(words[k]));
            }
            return out.toString();
        }
        return word;
    }

    /** Lower-case words inside a name: "von der" of "Ursula von der Leyen", "bin" of "Anwar bin Ibrahim". */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "del", "della", "bin", "binti", "ibn", "al", "dos", "das");

    /** The capitalised word of the same name after word {@code at}, past any particles, or -1. */
    private static int nameWordAfter(String[] words, int at) {
        int k = at + 1;
        while (k < words.length && NAME_PARTICLES.contains(words[k]) && !endsPhrase(words[k - 1])) {
            k++;
        }
        return k < words.length && k > at && capitalised(words[k]) && !endsPhrase(words[k - 1]) ? k : -1;
    }

    /** The capitalised word of the same name before word {@code at}, past any particles, or -1; never the first word. */
    private static int nameWordBefore(String[] words, int at) {
        int k = at - 1;
        while (k > 1 && NAME_PARTICLES.contains(words[k]) && !endsPhrase(words[k])) {
            k--;
        }
        return k >= 1 && capitalised(words[k]) && !endsPhrase(words[k]) ? k : -1;
    }

    private static boolean endsPhrase(String word) {
        return ENDS_PHRASE.matcher(word).matches();
    }

    private static String bare(String w) {
        return POSSESSIVE_END.matcher(OUTER_PUNCTUATION.matcher(w).replaceAll("")).replaceAll("");
    }

    private static boolean capitalised(String w) {
        String b = bare(w);
        return !b.isEmpty() && Character.isUpperCase(b.charAt(0)) && NAME_WORD.matcher(b).matches();
    }

    private static final Pattern ENDS_PHRASE = Pattern.compile(".*[,;:.?!]$");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}'’.&-]+");
    private static final Pattern WHO_FIRST = Pattern.compile("^(who|who's|whos)( is| was)? .*");
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|him|her|his|hers|himself|herself)\\b");

    /**
     * Whether the question asks for whom its pronoun stands for, by what they do, before it: "which
     * analyst reacted to the talks and where does she work" (not "what did the minister tell him").
     */
    static boolean saysWhoBefore(String folded) {
        Matcher pronoun = PRONOUN.matcher(folded);
        if (!pronoun.find()) {
            return false;
        }
        String before = folded.substring(0, pronoun.start());
        return WHICH_PERSON.matcher(before).find() || WHO_AND.matcher(before).find();
    }

    /**
     * "what did the us trade rep say in his statement", "… say was the most important thing he came
     * for": a possessive or a subject pronoun after an office the question names as its subject is
     * that office's holder, whom the question names well enough ("what did the minister tell him"
     * still asks who "him" is).
     */
    private static final Pattern TITLE_THEN_PRONOUN = Pattern.compile("(\\bthe\\s+(?:[\\w-]+\\s+){0,3}?(?:"
            + String.join("|", TitleWords.heads()) + ")s?\\b.*?\\b)(?:his|he|she|her(?!\\s+(?:about|on|to|that|the|a|an|what|if|whether|and|in|at|for|with|of)\\b))(?=\\s+[a-z])");

    /** The question without the pronoun that stands for an office it names, which it names well enough: the other pronouns stay. */
    private static String officeHoldersPronounRemoved(String folded) {
        return TITLE_THEN_PRONOUN.matcher(folded).replaceFirst("$1");
    }

    /** "who headed the team and what's her title": "her" is whoever answers the first question. */
    private static final Pattern WHO_AND = Pattern.compile("^(?:(?:and|so|ok)\\s+)?(?:who|whos|who's)\\s.*\\band\\s+(?:what|whats|what's|where|which|how)\\b");

    /** The fewest letters of a name a person is searched by when a question names them by title. */
    private static final int SURNAME_MIN = 4;

    /**
     * "Which analyst", "what chinese official", "who is the analyst … and": a question word, at most two modifiers, a title's
     * head — for "who is the", only when a second question follows ("who is the official that met him" asks about "him").
     */
    private static final Pattern WHICH_PERSON = Pattern.compile("\\b(?:which|what|who(?:\\s+is|\\s+was|'s|s)?\\s+the(?=.*\\band\\b))\\s+(?:(?!(?:did|does|do|is|are|was|were|will|would|can|could"
            + "|has|have|had|should|the|a|an)\\b)[\\w-]+\\s+){0,2}?(?:" + String.join("|", TitleWords.heads()) + ")s?\\b");

    /**
     * "madrid talks who led china", "fentanyl tariff - what did they cut it to": chat puts the topic
     * first; read as "who led china madrid talks", so the question word leads as the patterns expect.
     */
    private static final Pattern TOPIC_FIRST = Pattern.compile(
            "^(?!(?:so|and|but|ok|okay|also|then|hey|hi|please|pls|btw|and so|by the way|just)\\b)((?:[\\w'.&%-]+\\s+){1,4}?)[-–—:,]?\\s*"
                    + "((?:who|whom|whose|where|when|why|how|what|which)\\b.*)$");
    /** Words that make the part before the question word a clause of its own, not a topic. */
    private static final Pattern NOT_A_TOPIC = Pattern.compile(
            "\\b(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|i|you|we|they|he|she|it|tell|know|wonder|asked|ask"
                    + "|and|or|who|whom|whose|where|when|why|how|what|which)\\b");

    /**
     * "and when is the next round gonna be", "so who led the talks": chat opens on a word that joins
     * it to the talk so far; the question proper follows, with its question word first as the
     * patterns expect.
     */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:(?:and|so|but|ok|okay|also|then|well|hmm|btw|by the way)\\s*,?\\s+)+(?=(?:who|whom|whose|whos|who's|where|when|why|how"
                    + "|what|whats|what's|which|is|are|was|were|did|does|do|has|have|had|can|could|will|would)\\b)");

    static String withoutOpener(String folded) {
        return OPENER.matcher(folded).replaceFirst("");
    }

    static String topicLast(String folded) {
        Matcher m = TOPIC_FIRST.matcher(folded);
        if (!m.matches() || NOT_A_TOPIC.matcher(m.group(1)).find()) {
            return folded;
        }
        String question = m.group(2).replaceAll("[?!.\\s]+$", "");
        return question + " " + m.group(1).strip() + (folded.endsWith("?") ? "?" : "");
    }

    /** The question without the names it uses: "he lifeng" is a name, not the pronoun "he". */
    private static String namesRemoved(String folded, List<Entity> named) {
        String out = folded;
        for (Entity e : named) {
            for (String n : e.names()) {
                String f = Text.fold(n);
                if (f.contains(" ")) {
                    out = out.replace(f, " ");
                }
            }
        }
        return out;
    }

    /**
     * The question word by word: misspellings corrected to corpus words, "tell us" and lone letters
     * dropped, and the words the corpus has never seen noted — with the first that reads as a name.
     */
    private record Words(String corrected, String content, List<String> unknown, Set<String> guessed, String unknownName) {}

    private Words correct(String text) {
        StringBuilder corrected = new StringBuilder();
        StringBuilder content = new StringBuilder(); // the corrected question without its question words
        List<String> unknown = new ArrayList<>();
        Set<String> guessed = new HashSet<>();
        String unknownName = null;
        boolean shouting = text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean asksDescription = QuestionShape.DESCRIPTION_ASKED.matcher(Text.fold(text)).find();
        Matcher m = WORD.matcher(text);
        int last = 0;
        String previous = null;
        boolean first = true;
        while (m.find()) {
            corrected.append(text, last, m.start());
            last = m.end();
            String word = typo(m.group());
            String bare = word.endsWith(".") && !word.contains("'") && word.indexOf('.') == word.length() - 1
                    ? word.substring(0, word.length() - 1) : word;
            String lower = bare.toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean possessive = lower.endsWith("'s");
            String stem = possessive ? lower.substring(0, lower.length() - 2) : lower;
            String out = bare;
            if ("us".equals(lower) && !bare.equals("US") && previous != null && US_AS_PRONOUN_AFTER.contains(previous)) {
                out = ""; // "tell us": the pronoun, not the country
            } else if (stem.length() == 1 && Character.isLetter(stem.charAt(0)) && !besideAmpersand(text, m.start(), m.end())) {
                out = ""; // "where r the talks": a lone letter says nothing (but "s&p" is a name)
            } else if (!isQuestionWord(stem) && !known(stem) && !CalendarWords.is(stem)) {
                // a word the articles never write (a month or a day is a time the scope reads, never a misspelling
                // or a name the articles lack)
                String split;
                if (worldNames.contains(stem) && citySaid(stem)) {
                    out = bare; // "qatar": the articles say Doha, and a round there is in Qatar (the scope reads it)
                } else if (worldNames.contains(stem)) {
                    unknown.add(stem); // a place or people of the world the articles never mention
                    if (unknownName == null) {
                        unknownName = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
                    }
                } else if (!possessive && (split = compound(stem)) != null) {
                    out = split; // "backdoor": the articles write "back door"
                } else {
                    // a real English word the articles do not use ("steel") is not a misspelling of one they do ("steer")
                    Optional<String> fix = EnglishWords.contains(stem) ? Optional.empty() : index.vocabulary().correct(stem);
                    Optional<String> initials = fix.isPresent() || possessive || EnglishWords.contains(stem) ? Optional.empty()
                            : acronyms.expand(stem, bare.chars().allMatch(Character::isUpperCase) && !shouting);
                    if (fix.isPresent() && !isQuestionWord(fix.get())) {
                        out = fix.get() + (possessive ? "'s" : "");
                        guessed.addAll(index.analysis().queryTerms(fix.get()));
                    } else if (initials.isPresent()) {
                        out = initials.get(); // "dst": the articles write "digital services tax"
                    } else if (fix.isEmpty() && stem.length() > 1 && stem.chars().anyMatch(Character::isLetter)) {
                        unknown.add(stem);
                        boolean capitalised = Character.isUpperCase(bare.charAt(0)) && !first && !shouting;
                        if (unknownName == null && (capitalised || possessive)) {
                            unknownName = bare.replace("’s", "").replace("'s", "");
                        }
                    }
                }
            }
            corrected.append(out);
            // "how did li describe the talks": the verb is the answer's own word ("describing the discussions as ...")
            boolean kept = asksDescription && DESCRIBING.matcher(stem).matches();
            content.append(' ').append(isQuestionWord(stem) && !kept ? "" : out);
            previous = lower;
            first = false;
        }
        corrected.append(text.substring(last));
        return new Words(corrected.toString(), content.toString(), unknown, guessed, unknownName);
    }

    private static boolean besideAmpersand(String text, int start, int end) {
        return (end < text.length() && text.charAt(end) == '&') || (start > 0 && text.charAt(start - 1) == '&');
    }

    private static final Pattern WHAT_IS = Pattern.compile(
            "^(?:what|what's|whats)(?: is| are| was| were| 's|'s)?(?: the| a| an)? ([\\p{L}\\p{N}' -]+?)"
                    + "(?= (?:of|in|on|for|to|from|about|between|with|at|by|did|do|does|is|are|was|were|will|would|going|like|has|have|had|that|which)\\b|[?!.]*$)");
    private static final Pattern US_DOTTED = Pattern.compile("(?i)\\bU\\.S\\.?(?=\\s|$)");
    /** The one word a question of saying asks about as the speaker: "what did nvidia say about …", "how did eurofer react". */
    private static final Pattern SPEAKER_ASKED = Pattern.compile(
            "^(?:what|how)\\s+(?:did|does|do|has|have|had|will|would)\\s+([\\p{L}\\d-]+)\\s+"
                    + "(?:say|said|tell|think|react|respond|describe|call|post|write|warn|add|mean)\\b");

    /** The word in a question's speaker's place, or null. */
    static String speakerAsked(String folded) {
        Matcher m = SPEAKER_ASKED.matcher(folded);
        return m.lookingAt() ? m.group(1) : null;
    }

    private static final Pattern WHO_IS_SHORT = Pattern.compile("^(who|who's|whos) (is|was|are) [^ ]+( [^ ]+)?\\??$");

    /** The head noun of "what is the X ...": the last word of X; null when the question is not of that form. */
    private static String head(String folded) {
        Matcher m = WHAT_IS.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String[] np = m.group(1).strip().split("\\s+");
        int last = np.length - 1;
        while (last > 0 && LightWords.contains(np[last])) {
            last--; // "what duty applies to ...": the duty
        }
        String head = np[last].endsWith("'s") ? np[last].substring(0, np[last].length() - 2) : np[last];
        return head.length() < 2 ? null : head;
    }

    /** A head noun the corpus has never seen, even allowing for a typo. */
    private boolean unknownHead(String head) {
        return !isQuestionWord(head) && !known(head)
                && (EnglishWords.contains(head) || index.vocabulary().correct(head).isEmpty());
    }

    /** Entities named right after "according to": cited as the source of a claim. */
    private List<Entity> sourcesCited(List<String> words) {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("according") && words.get(i + 1).equals("to")) {
                int from = i + 2 < words.size() && words.get(i + 2).equals("the") ? i + 3 : i + 2;
                out.addAll(entities.find(words.subList(from, Math.min(words.size(), from + 4))));
            }
        }
        return out;
    }

    /** "who is X" where X is a person or organisation the corpus knows. */
    private static boolean isWhoIsName(String folded, List<Entity> named) {
        if (!WHO_FIRST.matcher(folded).matches() || named.size() != 1) {
            return false;
        }
        Entity e = named.iterator().next();
        if (e.type() != Entity.EntityType.PERSON && e.type() != Entity.EntityType.ORG) {
            return false;
        }
        String rest = folded.replaceFirst("^(who|who's|whos)( is| was)?\\s+", "").replaceAll("[?!.]+$", "").strip();
        for (String n : e.names()) {
            String name = Text.fold(n);
            for (String said : List.of(name, "the " + name)) {
                if (rest.equals(said) || rest.startsWith(said) && ROLE_TAIL.matcher(rest.substring(said.length())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What may follow the name in a question for who someone is: "who's mathieu lavoie and where does he work". */
    private static final Pattern ROLE_TAIL = Pattern.compile("(?:,|\\s+and|\\s*&)\\s+(?:"
            + "(?:where|which (?:company|firm|bank|institute|organi[sz]ation))\\s+(?:does|did|do)\\s+(?:he|she|they)\\s+work\\b.*"
            + "|(?:what|whats|what's)\\s+(?:is\\s+|was\\s+)?(?:his|her|their)\\s+(?:job|role|title|employer"
            + "|position(?!\\s+(?:on|about|regarding|towards?)\\b))\\b.*"
            + "|what\\s+(?:does|did)\\s+(?:he|she|they)\\s+do(?:\\s+for\\s+a\\s+living)?\\s*[?.!]*)");

    /** The verbs of a question of how someone described something ({@link QuestionShape#asksDescription}). */
    private static final Pattern DESCRIBING = Pattern.compile(QuestionShape.DESCRIBING);

    private boolean isQuestionWord(String w) {
        return questionWords.contains(w);
    }

    /** Whether the word names a country one of whose cities the articles name as a place ("qatar": Doha). */
    private boolean citySaid(String word) {
        return WorldPlaces.get().country(word).map(c -> c.cities().stream()
                .anyMatch(city -> entities.find(Vocabulary.words(city)).stream().anyMatch(e -> Text.fold(e.name()).equals(Text.fold(city)))))
                .orElse(false);
    }

    /**
     * A word the articles never write, read as the two words they do write apart ("backdoor" as
     * "back door", "chipmaker" as "chip maker"): the split whose shorter half is longest, each half
     * of three letters or more, a word of the articles and no stopword; null when there is none.
     */
    private String compound(String word) {
        String best = null;
        int bestShorter = 0;
        for (int i = COMPOUND_PART; i <= word.length() - COMPOUND_PART; i++) {
            String a = word.substring(0, i);
            String b = word.substring(i);
            int shorter = Math.min(a.length(), b.length());
            if (shorter > bestShorter && writes(a) && writes(b)) {
                best = a + " " + b;
                bestShorter = shorter;
            }
        }
        return best;
    }

    private static final int COMPOUND_PART = 3;

    private boolean writes(String word) {
        return word.chars().allMatch(Character::isLetter) && index.vocabulary().contains(word) && !index.analysis().queryTerms(word).isEmpty();
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
            if (!index.knows(t)) {
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
        s = SPACES.matcher(CONTROL.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
            if (Character.isHighSurrogate(s.charAt(s.length() - 1))) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    /** The word a typo stands for, with its "'s" kept ("wat's" is "what's"); the word itself when it is none. */
    private String typo(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        String fixed = typos.get(lower);
        if (fixed != null) {
            return fixed;
        }
        int apostrophe = lower.length() - 2;
        if (apostrophe > 0 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
            String stem = typos.get(lower.substring(0, apostrophe));
            if (stem != null && !stem.contains("'")) {
                return stem + token.substring(apostrophe);
            }
        }
        return token;
    }

    private static java.util.Map<String, String> loadTypos() {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String line : loadLines(TYPOS_RESOURCE)) {
            String[] cols = line.split("\t");
            if (cols.length == 2) {
                map.put(cols[0].strip(), cols[1].strip());
            }
        }
        return java.util.Map.copyOf(map);
    }

    private static List<String> loadLines(String resource) {
        try (InputStream in = QuestionParser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static Set<String> loadWords(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : loadLines(resource)) {
            for (String w : line.strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(words);
    }
}
