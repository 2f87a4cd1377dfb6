package talkbot.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;
import talkbot.corpus.Sentence;

/**
 * Builds the summary from the corpus by code: the newest article's lead sentence (who meets where
 * and when), each delegation and its leader, the sticking points, the latest figures and what
 * comes next — 5 to 8 points, each citing its sentence. Articles without facts contribute their
 * lead sentences. Deterministic: the same corpus gives the same summary.
 */
public final class CorpusSummarizer implements Summarizer {
    static final int MAX_POINTS = 8;
    static final int MIN_POINTS = 5;

    private final Corpus corpus;

    public CorpusSummarizer(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public Summary summarize(Set<String> alreadySeen) {
        List<Article> newestFirst = new ArrayList<>(corpus.articles());
        newestFirst.sort(Comparator.comparing((Article a) -> a.info().published()).reversed()
                .thenComparing(Article::id));
        List<KeyPoint> points = pointsFor(newestFirst);
        List<KeyPoint> fresh = new ArrayList<>();
        if (alreadySeen != null) {
            List<Article> added = newestFirst.stream().filter(a -> !alreadySeen.contains(a.id())).toList();
            if (!added.isEmpty()) {
                for (Article a : added) {
                    lead(a).ifPresent(s -> fresh.add(new KeyPoint(s.text(), a.cite(s))));
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        corpus.articles().forEach(a -> ids.add(a.id()));
        return new Summary("US–China trade talks in London: key points", fresh, points, ids);
    }

    private List<KeyPoint> pointsFor(List<Article> newestFirst) {
        List<KeyPoint> points = new ArrayList<>();
        Set<Sentence> used = new LinkedHashSet<>();
        // 1. who meets where and when: the newest article's lead
        lead(newestFirst.get(0)).ifPresent(s -> add(points, used, s.text(), s));
        // 2. the delegations and their leaders
        Map<String, List<Fact>> delegations = new LinkedHashMap<>();
        for (Fact f : corpus.facts()) {
            if (f.kind() == FactKind.MEMBER) {
                delegations.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<String, List<Fact>> d : delegations.entrySet()) {
            List<Fact> members = d.getValue();
            List<Fact> leaders = members.stream().filter(Fact::lead).toList();
            String text = leaders.isEmpty()
                    ? "The " + d.getKey() + " delegation: " + join(members.stream().map(Fact::value).toList()) + "."
                    : "The " + d.getKey() + " delegation is led by " + join(leaders.stream().map(Fact::value).toList()) + ".";
            add(points, used, text, members.get(0).sentence());
        }
        // 3. the sticking points, 4. the latest figures, 5. what comes next
        firstOf(FactKind.ISSUE, 1).forEach(f -> add(points, used, "Sticking point: " + f.value() + ".", f.sentence()));
        firstOf(FactKind.FIGURE, 2).forEach(f -> add(points, used, f.subject() + ": " + f.value() + ".", f.sentence()));
        List<Fact> times = firstOf(FactKind.TIME, Integer.MAX_VALUE);
        if (!times.isEmpty()) {
            Fact next = times.get(times.size() - 1);
            add(points, used, next.subject() + ": " + next.value() + ".", next.sentence());
        }
        // articles without facts, and short corpora: lead sentences, then further sentences
        for (Article a : newestFirst) {
            if (points.size() >= MAX_POINTS) {
                break;
            }
            lead(a).ifPresent(s -> add(points, used, s.text(), s));
        }
        for (Article a : newestFirst) {
            for (Sentence s : a.sentences()) {
                if (points.size() >= MIN_POINTS) {
                    break;
                }
                if (!s.heading()) {
                    add(points, used, s.text(), s);
                }
            }
        }
        return points.size() > MAX_POINTS ? points.subList(0, MAX_POINTS) : points;
    }

    private void add(List<KeyPoint> points, Set<Sentence> used, String text, Sentence s) {
        if (points.size() < MAX_POINTS && used.add(s)) {
            points.add(new KeyPoint(text, corpus.cite(s)));
        }
    }

    private List<Fact> firstOf(FactKind kind, int n) {
        return corpus.facts().stream().filter(f -> f.kind() == kind).limit(n).toList();
    }

    private static java.util.Optional<Sentence> lead(Article a) {
        return a.sentences().stream().filter(s -> !s.heading()).findFirst();
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
