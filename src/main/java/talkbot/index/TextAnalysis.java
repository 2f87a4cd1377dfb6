package talkbot.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import talkbot.corpus.CorpusException;

/**
 * The analysis shared by indexing and querying: chat phrases read as plain words ({@link PlainPhrases}), standard tokens, "US"/"U.S." kept apart from the
 * pronoun "us", possessives dropped, lower case, accents folded, English stopwords removed, Porter
 * stemming, then the corpus's synonym rules, each group searched as its first word. Indexing and
 * querying go through the same chain, so "Chinas", "Chinese" and "Beijing" all meet at "china".
 */
public final class TextAnalysis {
    /** Stopwords: Lucene's English set. Question words are handled by the question parser. */
    static final CharArraySet STOPWORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /** What the index writer reads documents with: codes joined as the text streams in. */
    private final Analyzer writer;
    /** The same for a string (joined before it is read: {@link #terms}). */
    private final Analyzer index;
    private final Analyzer query;

    private TextAnalysis(SynonymMap synonyms) {
        this.writer = chain(synonyms, false, true, true);
        this.index = chain(synonyms, false, true, false);
        this.query = chain(synonyms, true, false, false);
    }

    static final String BUILT_IN_SYNONYMS = "/talkbot/synonyms.txt";

    /** Builds the analysis with the built-in synonym rules and the corpus's own (Solr format). */
    public static TextAnalysis withSynonyms(List<String> corpusRules) {
        List<String> rules = new ArrayList<>(builtInRules());
        rules.addAll(corpusRules);
        return new TextAnalysis(parse(rules));
    }

    /** The analysis without any synonyms: what each word of a synonym rule becomes before the rule applies. */
    public static List<String> plainTerms(String text) {
        return terms(chain(null, false, false, false), text);
    }

    /** Everyday synonyms that hold for every corpus ("represent" asks what "lead" does). */
    public static List<String> builtInRules() {
        try (java.io.InputStream in = TextAnalysis.class.getResourceAsStream(BUILT_IN_SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN_SYNONYMS + " is missing from the jar");
            }
            List<String> rules = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    rules.add(line.strip());
                }
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzer documents are indexed with. */
    Analyzer indexAnalyzer() {
        return writer;
    }

    Analyzer queryAnalyzer() {
        return query;
    }

    /** The terms of {@code text} as indexed. */
    public List<String> indexTerms(String text) {
        return terms(index, text);
    }

    /** The terms of {@code text} as searched (a lower-case "us" counts as the country here). */
    public List<String> queryTerms(String text) {
        return terms(query, text);
    }

    /** The terms of a string: its codes joined first, as the writer's analyzer joins them in documents. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, new StringReader(joinCodes(text)))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static SynonymMap parse(List<String> rules) {
        Analyzer base = chain(null, false, false, false);
        SolrSynonymParser parser = new SolrSynonymParser(true, false, base);
        try {
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (IOException | ParseException | IllegalArgumentException e) {
            for (String rule : rules) { // name the rule at fault
                try {
                    new SolrSynonymParser(true, false, base).parse(new StringReader(rule));
                } catch (IOException | ParseException | IllegalArgumentException bad) {
                    throw new CorpusException("synonyms.txt: invalid rule '" + rule
                            + "' (a stopword inside a phrase, or an empty entry?)", bad);
                }
            }
            throw new CorpusException("synonyms.txt: cannot parse: " + e.getMessage(), e);
        }
    }

    private static Analyzer chain(SynonymMap synonyms, boolean lowerCaseUsIsCountry, boolean flatten, boolean joinCodes) {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                // chat phrases as the question reader reads them, so that "set up" in an article meets "set up" asked
                return new PlainPhrases(joinCodes ? new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(CODE_HYPHEN, "", reader) : reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new CountryUsFilter(source, lowerCaseUsIsCountry);
                ts = new EnglishPossessiveFilter(ts);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                ts = new PhrasalVerbs(ts);
                ts = new StopFilter(ts, STOPWORDS);
                ts = new IrregularVerbFilter(ts);
                ts = new PorterStemFilter(ts);
                if (synonyms != null && synonyms.fst != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                    if (flatten) {
                        ts = new FlattenGraphFilter(ts);
                    }
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /**
     * The hyphen of a code of letters and digits — "H-1B", "F-35", "G-7", "COVID-19", "covid-19" —
     * which is dropped, so that the code is one word however it is typed ("h1b", "h-1b"): up to five
     * letters, then up to three digits or digits and a letter; not a year ("mid-2025").
     */
    private static final java.util.regex.Pattern CODE_HYPHEN = java.util.regex.Pattern.compile(
            "(?<=(?<![\\p{L}\\d])\\p{L}{1,5})-(?=\\d{1,3}(?![\\d,.])|\\d+\\p{L})");

    /** The text with the hyphens of its codes dropped, as the index reads it: "H-1B visas" → "H1B visas". */
    public static String joinCodes(String text) {
        return text.indexOf('-') < 0 ? text : CODE_HYPHEN.matcher(text).replaceAll("");
    }

    /**
     * Rewrites "US", "U.S" and "U.S.A" to "usa" before lower-casing, so the country is not lost
     * as the pronoun "us". In questions, where people type in lower case, "us" means the country too.
     */
    static final class CountryUsFilter extends TokenFilter {
        private static final Set<String> COUNTRY = Set.of("US", "U.S", "U.S.", "U.S.A", "U.S.A.", "USA");
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final boolean lowerCaseToo;

        CountryUsFilter(TokenStream in, boolean lowerCaseToo) {
            super(in);
            this.lowerCaseToo = lowerCaseToo;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String t = term.toString();
            if (COUNTRY.contains(t) || (lowerCaseToo && COUNTRY.contains(t.toUpperCase(java.util.Locale.ROOT)))) {
                term.setEmpty().append("usa");
            }
            return true;
        }
    }
}
