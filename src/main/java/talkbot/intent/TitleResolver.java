package talkbot.intent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import talkbot.corpus.Entity;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;
import talkbot.index.CorpusIndex;
import talkbot.index.Vocabulary;

/**
 * Resolves a title to the one person who holds it: "the Chinese president" is Xi Jinping, "the US
 * Trade Representative" Jamieson Greer — from the role facts. A title several people hold, with
 * nothing in the question to tell them apart ("the president"), resolves to no one.
 */
final class TitleResolver {
    private record Holder(Entity person, Set<String> titleTerms, Set<String> titleWords, Entity side) {}

    private final List<Holder> holders = new ArrayList<>();
    private final talkbot.index.TextAnalysis analysis;

    TitleResolver(CorpusIndex index, EntityMatcher matcher) {
        this.analysis = index.analysis();
        for (Fact f : index.corpus().facts()) {
            if (f.kind() != FactKind.ROLE) {
                continue;
            }
            Set<Entity> person = matcher.find(Vocabulary.words(f.subject()));
            if (person.size() != 1 || person.iterator().next().type() != Entity.EntityType.PERSON) {
                continue;
            }
            Set<Entity> side = f.side() == null ? Set.of() : matcher.find(Vocabulary.words(f.side()));
            Set<String> terms = new HashSet<>(index.analysis().queryTerms(f.value()));
            if (!terms.isEmpty()) {
                holders.add(new Holder(person.iterator().next(), terms, Set.copyOf(Vocabulary.words(f.value())),
                        side.isEmpty() ? null : side.iterator().next()));
            }
        }
    }

    /**
     * Whether the question says the title's words near one another — within the title's length and
     * two more words ("the president of china") — and not scattered over the question.
     */
    private static boolean together(Set<String> titleTerms, List<Set<String>> wordTerms) {
        int window = titleTerms.size() + 2;
        for (int from = 0; from < wordTerms.size(); from++) {
            Set<String> seen = new HashSet<>();
            for (int i = from; i < Math.min(wordTerms.size(), from + window); i++) {
                seen.addAll(wordTerms.get(i));
            }
            if (seen.containsAll(titleTerms)) {
                return true;
            }
        }
        return false;
    }

    /** The person the question's title names, if exactly one fits. */
    Optional<Entity> resolve(List<String> questionTerms, List<String> questionWords, List<Entity> named) {
        Set<String> terms = new HashSet<>(questionTerms);
        List<Set<String>> wordTerms = null; // each question word's terms, worked out when a title first needs them
        Entity found = null;
        for (Holder h : holders) {
            if (!terms.containsAll(h.titleTerms()) || named.contains(h.person())) {
                continue;
            }
            // the question says one of the title's own words: "represent" and "head" are searched as
            // "lead" too, but they do not call anyone "leader"
            if (questionWords.stream().noneMatch(w -> h.titleWords().contains(w) || w.endsWith("s") && h.titleWords().contains(w.substring(0, w.length() - 1)))) {
                continue;
            }
            if (wordTerms == null) {
                wordTerms = questionWords.stream().map(w -> Set.copyOf(analysis.queryTerms(w))).toList();
            }
            if (!together(h.titleTerms(), wordTerms)) {
                continue; // "how many farmers did the trade secretary say": the farmers are not the Agriculture Secretary
            }
            boolean sideFits = h.side() == null ? named.isEmpty() : named.contains(h.side());
            if (!sideFits) {
                continue;
            }
            if (found != null && !found.equals(h.person())) {
                return Optional.empty(); // ambiguous
            }
            found = h.person();
        }
        return Optional.ofNullable(found);
    }
}
