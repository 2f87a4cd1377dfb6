package talkbot.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts read off an article that comes without a facts file, so that a new article answers
 * "who is X", "who leads the X delegation" and "what did X say" like a curated one: titles before
 * names ("Fisheries Minister Marianne Naess"), titles in apposition ("Kathleen Brooks, research
 * director at XTB,"), delegation leaders ("The Norwegian delegation is led by ...") and quotations
 * with their speaker. Each value is a substring of its sentence, as for curated facts.
 */
final class AutoFacts {
    private static final String TITLE_WORDS = "Minister|Secretary|President|Premier|Chancellor|Director|Governor"
            + "|Ambassador|Representative|Spokesperson|Spokesman|Spokeswoman|Chief|Chair|Chairman|Chairwoman|CEO"
            + "|Commissioner|Envoy|Negotiator|Senator|Mayor|General|Adviser|Advisor|Economist|Analyst|Editor"
            + "|Official|Leader|Head|King|Queen|Prince";
    private static final String CAP = "\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)(?:" + TITLE_WORDS + ")");
    private static final String NAME = "(" + CAP + "(?: " + CAP + "){1,2})";
    private static final Pattern TITLE_NAME = Pattern.compile(
            "((?:" + CAP + " ){0,3}(?:" + TITLE_WORDS + ")) " + NAME + "\\b");
    /** "China's international trade representative Li Chenggang": a title in lower case. */
    private static final Pattern LOWER_TITLE_NAME = Pattern.compile(
            "(?<![\\p{L}'’])((?:\\p{Ll}[\\p{L}-]* ){0,3}(?i:" + TITLE_WORDS + ")) " + NAME + "\\b");
    private static final Pattern NAME_APPOSITION = Pattern.compile(
            NAME + ", (?!(?:which|who|whose|that|where|when)\\b)((?:the |a |an )?\\p{Ll}[^,;.“”]{2,60}?\\b(?i:" + TITLE_WORDS + ")\\b[^,;.“”]{0,40}),");
    private static final Pattern LED_BY = Pattern.compile(
            "(?:[Tt]he )?(" + CAP + "(?: " + CAP + ")?) (?:delegation|team|side) (?:is |was |will be )?(?:led|headed) by (?:(?:" + CAP + " ){0,3}(?:" + TITLE_WORDS + ") )?" + NAME);
    private static final Pattern REPRESENTED_BY = Pattern.compile(
            "(" + CAP + "(?: " + CAP + ")?) (?:is|was|will be) represented by (?:(?:" + CAP + " ){0,3}(?:" + TITLE_WORDS + ") )?" + NAME);
    /** A title with the party's word in it: "Deputy U.S. Trade Representative", "Chinese Vice Commerce Minister". */
    private static final String PARTY_TITLE = "((?:\\p{Lu}[\\p{L}.'’-]* ){0,4}(?:" + TITLE_WORDS + "))";
    /**
     * The two sides' principals named together as the subject of what the talks did: "Philippine
     * Trade Secretary Ramon Villareal and Deputy U.S. Trade Representative Karen Whitfield announced
     * the partial agreement", "… and Chinese Vice Commerce Minister Zhao Minghui met on Wednesday".
     */
    private static final Pattern JOINT_PRINCIPALS = Pattern.compile(PARTY_TITLE + " " + NAME + " and " + PARTY_TITLE + " " + NAME
            + " (?:met|announced|agreed|signed|unveiled|concluded|struck|sealed|reached|held|wrapped up|opened)\\b");
    private static final Pattern QUOTE_THEN_SPEAKER = Pattern.compile(
            "[“\"]([^”\"]{8,})[”\"],? (?:(?:said|says|told [\\p{L} ]{1,30}?|added|stated|wrote) ((?:" + CAP + " ){0,3}" + CAP + ")"
                    + "|((?:" + CAP + " ){0,3}" + CAP + ") (?:said|says|told|added|stated|wrote))");
    private static final Pattern SPEAKER_THEN_QUOTE = Pattern.compile(
            "((?:" + CAP + " ){0,3}" + CAP + ") (?:said|says|told [\\p{L} ]{1,30}?|added|stated|wrote)[,:]? [“\"]([^”\"]{8,})[”\"]");

    /**
     * Anything saying who led, headed or represented a side ("X, who led the U.S. delegation",
     * "the Chinese team was headed by Y"): then that, not who announced, tells the leads. Not
     * "led to months of talks" or "stocks rose, led by exporters".
     */
    private static final Pattern LED_SAID = Pattern.compile(
            "\\b(?:led|leads|leading|headed|heads|heading|represented|represents|representing)\\s+(?:the|its|their|his|her|\\p{Lu}[\\p{L}.'’]*)"
                    + "\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(?:delegation|team|side|negotiators|negotiations|talks)\\b"
                    + "|\\b(?:delegation|team|side)\\b.{0,20}?\\b(?:led|headed)\\s+by\\b");
    /** What comes before an earlier event the sentence recalls: "a deal reached when A and B met in Busan". */
    private static final Pattern RECALLED = Pattern.compile("(?i)\\b(?:when|after|before|since|until|once|as|while|where)\\s+(?:\\S+\\s+){0,1}$");
    private static final talkbot.lexicon.WorldPlaces WORLD = talkbot.lexicon.WorldPlaces.get();

    private AutoFacts() {}

    static List<Fact> of(Article article) {
        List<Fact> facts = new ArrayList<>();
        Map<String, String> fullNames = new LinkedHashMap<>(); // surname -> full name
        for (Sentence s : article.sentences()) {
            if (s.heading()) {
                continue;
            }
            String t = s.text();
            boolean titled = TITLE_WORD.matcher(t).find(); // one pass spares the three title patterns most sentences
            Matcher m = TITLE_NAME.matcher(titled ? t : "");
            while (m.find()) {
                String title = trimTitle(m.group(1));
                add(facts, article, s, FactKind.ROLE, m.group(2), title);
                remember(fullNames, m.group(2));
            }
            m = LOWER_TITLE_NAME.matcher(titled ? t : "");
            while (m.find()) {
                if (Character.isLowerCase(m.group(1).charAt(0))) {
                    add(facts, article, s, FactKind.ROLE, m.group(2), trimTitle(m.group(1)));
                    remember(fullNames, m.group(2));
                }
            }
            m = NAME_APPOSITION.matcher(titled ? t : "");
            while (m.find()) {
                add(facts, article, s, FactKind.ROLE, m.group(1), m.group(2).strip());
                remember(fullNames, m.group(1));
            }
            for (Pattern p : List.of(LED_BY, REPRESENTED_BY)) {
                if (!t.contains(" by ")) {
                    break; // "led by", "headed by", "represented by": a cheap test spares the patterns most sentences
                }
                m = p.matcher(t);
                while (m.find()) {
                    if (!TITLE_WORD.matcher(lastWord(m.group(2))).matches()) {
                        addLead(facts, article, s, m.group(1), m.group(2)); // not "headed by Vice Minister of Agriculture …"
                    }
                }
            }
        }
        principals(article, facts);
        for (Sentence s : article.sentences()) {
            String t = s.text();
            if (t.indexOf('"') < 0 && t.indexOf('“') < 0) {
                continue; // no quotation to attribute
            }
            Matcher m = QUOTE_THEN_SPEAKER.matcher(t);
            while (m.find()) {
                String speaker = m.group(2) != null ? m.group(2) : m.group(3);
                addQuote(facts, article, s, fullNames, speaker, m.group(1));
            }
            m = SPEAKER_THEN_QUOTE.matcher(t);
            while (m.find()) {
                addQuote(facts, article, s, fullNames, m.group(1), m.group(2));
            }
        }
        return facts;
    }

    /**
     * When the article says of no side who led it, the two officials it names together as the
     * subject of the talks' outcome ("… and … announced the package", "… met on Wednesday") lead
     * their sides: each title names its party ("Australian Trade Minister", "U.S. Trade
     * Representative"), and the parties differ.
     */
    private static void principals(Article article, List<Fact> facts) {
        boolean ledSaid = facts.stream().anyMatch(Fact::lead)
                || article.sentences().stream().anyMatch(s -> LED_SAID.matcher(s.text()).find());
        if (ledSaid) {
            return;
        }
        for (Sentence s : article.sentences()) {
            if (s.heading() || s.text().indexOf(" and ") < 0) {
                continue;
            }
            Matcher m = JOINT_PRINCIPALS.matcher(s.text());
            while (m.find()) {
                if (RECALLED.matcher(s.text().substring(0, m.start())).find()) {
                    continue; // an earlier meeting the report recalls, not this round's
                }
                String party1 = WORLD.countryWordIn(m.group(1));
                String party2 = WORLD.countryWordIn(m.group(3));
                if (party1 == null || party2 == null || WORLD.country(party1).equals(WORLD.country(party2))) {
                    continue;
                }
                addLead(facts, article, s, party1, m.group(2));
                addLead(facts, article, s, party2, m.group(4));
                return;
            }
        }
    }

    /** A fact that {@code person} leads {@code party}'s delegation, as "The Norwegian delegation is led by …" says. */
    private static void addLead(List<Fact> facts, Article a, Sentence s, String party, String person) {
        facts.add(new Fact(a.id() + ":auto:" + (facts.size() + 1), FactKind.MEMBER, party, person, party, true,
                "delegation leads represents", s));
    }

    private static void addQuote(List<Fact> facts, Article a, Sentence s, Map<String, String> fullNames,
            String speaker, String quote) {
        String name = fullNames.getOrDefault(speaker, speaker);
        add(facts, a, s, FactKind.QUOTE, name, quote.strip());
    }

    /** "Fisheries Minister" stays; a sentence-initial "The" or "While", or the "and" before a lower-case title, does not. */
    private static String trimTitle(String title) {
        String[] words = title.split(" ");
        int start = 0;
        // "and chief trade negotiator Li Chenggang": the title starts after the joining word
        while (start < words.length - 1 && words[start].matches("(?i:the|a|an|while|and|but|when|then|meanwhile|or|with|by|as|of|to|for|from|met)|New")) {
            start++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }

    private static void remember(Map<String, String> fullNames, String name) {
        String[] parts = name.split(" ");
        fullNames.putIfAbsent(parts[parts.length - 1], name);
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    private static void add(List<Fact> facts, Article a, Sentence s, FactKind kind, String subject, String value) {
        if (!Text.containsLoosely(s.text(), value)) {
            return;
        }
        for (Fact f : facts) {
            if (f.kind() == kind && f.subject().equals(subject) && f.value().equals(value)) {
                return;
            }
        }
        facts.add(new Fact(a.id() + ":auto:" + (facts.size() + 1), kind, subject, value, null, false, "", s));
    }
}
