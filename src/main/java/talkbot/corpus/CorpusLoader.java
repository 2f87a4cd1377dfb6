package talkbot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads a corpus folder:
 * <ul>
 *   <li>{@code ID.txt}: an article, one paragraph a line (the file name is its id);</li>
 *   <li>{@code ID.meta.properties}: its {@code title}, {@code published} (YYYY-MM-DD),
 *       {@code source} and {@code url} (where it was published, optional); optional — without it
 *       the title comes from the id and the date from the file;</li>
 *   <li>{@code ID.facts.jsonl}: optional structured facts, one JSON object a line (see README);
 *       without it, titles, delegation leaders and quotations are read off the text ({@link AutoFacts});</li>
 *   <li>{@code aliases.tsv}: entities and their other names ({@code type<TAB>name<TAB>alias|alias});</li>
 *   <li>{@code synonyms.txt}: search synonyms, Solr format.</li>
 * </ul>
 * Anything malformed throws a {@link CorpusException} naming the file and line; {@link #load(Path,
 * Consumer)} skips a malformed article instead (its text, meta or facts file) and reports it.
 */
public final class CorpusLoader {
    /** Files of the corpus folder that end in .txt but are data, not articles. */
    private static final Set<String> DATA_FILES = Set.of("synonyms.txt");
    private static final Set<String> FACT_FIELDS =
            Set.of("kind", "subject", "value", "sentence", "side", "lead", "context");

    private CorpusLoader() {}

    public static Corpus load(Path dir) {
        return load(dir, e -> {
            throw e;
        });
    }

    /**
     * Loads the corpus, skipping each article whose text, meta or facts file is malformed (or
     * vanished while it was read): {@code skipped} hears of each, and the rest loads. What concerns
     * the whole corpus (a missing folder, no article left, aliases, synonyms) still throws.
     */
    public static Corpus load(Path dir, Consumer<CorpusException> skipped) {
        return load(dir, skipped, new FolderCache());
    }

    /**
     * The same, reusing what {@code cache} kept of the articles whose files did not change since
     * it was last given to this method (for the same folder), and keeping what it reads now.
     */
    public static Corpus load(Path dir, Consumer<CorpusException> skipped, FolderCache cache) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("corpus directory not found: " + dir);
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .filter(p -> !DATA_FILES.contains(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list corpus directory " + dir + ": " + e.getMessage(), e);
        }
        if (texts.isEmpty()) {
            throw new CorpusException("no articles (*.txt) in corpus directory " + dir);
        }
        List<Article> articles = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (Path text : texts) {
            String name = text.getFileName().toString();
            String id = name.substring(0, name.length() - ".txt".length());
            Path metaFile = dir.resolve(id + ".meta.properties");
            Path factsFile = dir.resolve(id + ".facts.jsonl");
            FolderCache.Entry kept = cache.get(text, metaFile, factsFile);
            if (kept != null) {
                articles.add(kept.article());
                facts.addAll(kept.facts());
                continue;
            }
            FolderCache.Stamp stamp = FolderCache.stamp(text, metaFile, factsFile);
            Article article;
            List<Fact> its;
            try {
                article = loadArticle(dir, text);
                if (Files.isRegularFile(factsFile)) {
                    its = loadFacts(factsFile, article);
                } else {
                    its = AutoFacts.of(article); // no curated facts: read the obvious ones off the text
                }
            } catch (CorpusException e) {
                skipped.accept(e);
                continue;
            }
            cache.put(text, metaFile, factsFile, stamp, article, its);
            articles.add(article);
            facts.addAll(its);
        }
        cache.retain(new java.util.HashSet<>(texts));
        if (articles.isEmpty()) {
            throw new CorpusException("no article in corpus directory " + dir + " could be read");
        }
        List<Entity> entities = Entities.build(loadAliases(dir.resolve("aliases.tsv")), facts, articles);
        List<String> synonyms = loadSynonyms(dir.resolve("synonyms.txt"));
        return new Corpus(articles, facts, entities, synonyms);
    }

    static Article loadArticle(Path dir, Path text) {
        String name = text.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        String body = read(text);
        List<Sentence> sentences = SentenceSplitter.split(id, body);
        if (sentences.stream().noneMatch(s -> !s.heading())) {
            throw new CorpusException(text + ": the article has no sentences");
        }
        return new Article(loadInfo(dir.resolve(id + ".meta.properties"), id, text), sentences);
    }

    private static ArticleInfo loadInfo(Path meta, String id, Path text) {
        Properties p = new Properties();
        if (Files.isRegularFile(meta)) {
            try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new CorpusException(meta + ": cannot read: " + e.getMessage(), e);
            }
        }
        String title = p.getProperty("title", "").strip();
        if (title.isEmpty()) {
            title = humanize(id);
        }
        String source = p.getProperty("source", "").strip();
        if (source.isEmpty()) {
            source = "unknown source";
        }
        LocalDate published;
        String date = p.getProperty("published", "").strip();
        if (date.isEmpty()) {
            try {
                published = LocalDate.ofInstant(Files.getLastModifiedTime(text).toInstant(), ZoneOffset.UTC);
            } catch (IOException e) {
                throw new CorpusException(text + ": cannot read its date: " + e.getMessage(), e);
            }
        } else {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CorpusException(meta + ": published: expected a date as YYYY-MM-DD, got '" + date + "'");
            }
        }
        return new ArticleInfo(id, title, published, source, p.getProperty("url", ""));
    }

    private static String humanize(String id) {
        String t = id.replace('-', ' ').replace('_', ' ').strip();
        return t.isEmpty() ? id : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static List<Fact> loadFacts(Path file, Article article) {
        List<Fact> facts = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            facts.add(parseFact(line, where, article, article.id() + ":" + (i + 1)));
        }
        return facts;
    }

    static Fact parseFact(String line, String where, Article article, String id) {
        Map<String, Object> node;
        try {
            node = FlatJson.object(line).orElseThrow(() -> new CorpusException(where + ": not a JSON object"));
        } catch (JsonProcessingException e) {
            throw new CorpusException(where + ": not a JSON object: " + e.getOriginalMessage());
        }
        for (String f : node.keySet()) {
            if (!FACT_FIELDS.contains(f)) {
                throw new CorpusException(where + ": unknown field '" + f + "' (known: " + String.join(", ", FACT_FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String kindText = text(node, "kind", where, true);
        FactKind kind = FactKind.parse(kindText).orElseThrow(() -> new CorpusException(
                where + ": unknown kind '" + kindText + "'"));
        String subject = text(node, "subject", where, true);
        String value = text(node, "value", where, true);
        if (!(node.get("sentence") instanceof Integer number)) {
            throw new CorpusException(where + ": 'sentence' must be a sentence number (see: talkbot sentences)");
        }
        if (number < 1 || number > article.sentences().size()) {
            throw new CorpusException(where + ": sentence " + number + " does not exist (the article has "
                    + article.sentences().size() + ")");
        }
        Sentence sentence = article.sentence(number);
        if (!Text.containsLoosely(sentence.text(), value)) {
            throw new CorpusException(where + ": value '" + value + "' is not in sentence " + number + " (\""
                    + abbreviate(sentence.text()) + "\")");
        }
        Object lead = node.get("lead");
        if (lead != null && !(lead instanceof Boolean)) {
            throw new CorpusException(where + ": 'lead' must be true or false");
        }
        return new Fact(id, kind, subject, value, text(node, "side", where, false),
                Boolean.TRUE.equals(lead), text(node, "context", where, false), sentence);
    }

    private static String text(Map<String, Object> node, String field, String where, boolean required) {
        Object v = node.get(field);
        if (v == null || v == FlatJson.NULL) {
            if (required) {
                throw new CorpusException(where + ": missing '" + field + "'");
            }
            return null;
        }
        if (!(v instanceof String s) || (required && s.isBlank())) {
            throw new CorpusException(where + ": '" + field + "' must be " + (required ? "a non-empty " : "a ") + "string");
        }
        return s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    static List<Entity> loadAliases(Path file) {
        List<Entity> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String where = file + ":" + (i + 1);
            if (cols.length < 2 || cols.length > 3) {
                throw new CorpusException(where + ": expected type<TAB>name<TAB>alias|alias");
            }
            Entity.EntityType type;
            try {
                type = Entity.EntityType.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CorpusException(where + ": unknown entity type '" + cols[0].strip() + "'");
            }
            List<String> aliases = new ArrayList<>();
            if (cols.length == 3) {
                for (String a : cols[2].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
            }
            if (cols[1].isBlank()) {
                throw new CorpusException(where + ": empty entity name");
            }
            out.add(new Entity(type, cols[1].strip(), aliases));
        }
        return out;
    }

    static List<String> loadSynonyms(Path file) {
        List<String> rules = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rules;
        }
        for (String line : lines(file)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                rules.add(line.strip());
            }
        }
        return rules;
    }

    private static List<String> lines(Path file) {
        return List.of(read(file).split("\\R", -1));
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().replace("\0", "").strip();
        } catch (CharacterCodingException e) {
            throw new CorpusException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Entity bookkeeping: the aliases file, every person the facts name, then the names read off the articles. */
    static final class Entities {
        private Entities() {}

        static List<Entity> build(List<Entity> declared, List<Fact> facts, List<Article> articles) {
            EntityBook book = new EntityBook();
            declared.forEach(book::declare);
            for (Fact f : facts) {
                if (f.kind() == FactKind.MEMBER) {
                    book.addPerson(f.value()); // delegation members are people whatever their names look like
                }
            }
            AutoEntities.addFrom(articles, book); // before the other facts: "Villa Saladin, the residence of ..." is a place
            for (Fact f : facts) {
                if (f.kind() == FactKind.MEMBER) {
                    book.addPerson(f.value());
                } else if ((f.kind() == FactKind.ROLE || f.kind() == FactKind.QUOTE) && Text.looksLikeName(f.subject())) {
                    book.addPerson(f.subject());
                }
            }
            return book.entities();
        }
    }
}
