package talkbot.posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import talkbot.corpus.Article;
import talkbot.corpus.Sentence;
import talkbot.time.DateFinder;
import talkbot.time.DateMention;

/**
 * The next dated step in the talks, as the articles tell it: a sentence that looks ahead
 * ("expected", "will", "set to", "next" …) with a date on or after its article's day. The earliest
 * such step not yet past on the day of the post; when every step is past, the latest one, which
 * the post calls the last announced step.
 */
final class NextStep {
    private static final Pattern AHEAD = Pattern.compile(
            "\\b(expected|will|set to|next|upcoming|scheduled|plans?|planned|tomorrow|later this|due to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final DateFinder FINDER = DateFinder.strict();

    /** A step: its days, the sentence that announces it and that sentence's article. */
    record Step(LocalDate from, LocalDate to, DateMention.Precision precision, Sentence sentence, Article article,
            boolean upcoming) {}

    private NextStep() {}

    static Optional<Step> of(List<Article> newestFirst, LocalDate day) {
        List<Step> steps = new ArrayList<>();
        for (Article a : newestFirst) {
            LocalDate published = a.info().published();
            for (Sentence s : a.sentences()) {
                if (s.heading() || !AHEAD.matcher(s.text()).find()) {
                    continue;
                }
                for (DateMention m : FINDER.find(s.text(), published)) {
                    if (m.precision() != DateMention.Precision.YEAR && !m.from().isBefore(published)) {
                        steps.add(new Step(m.from(), m.to(), m.precision(), s, a, !m.to().isBefore(day)));
                        break;
                    }
                }
            }
        }
        // steps are in newest-article-first order, so among equal dates the newest article's wins
        Optional<Step> upcoming = steps.stream().filter(Step::upcoming).min(Comparator.comparing(Step::from));
        if (upcoming.isPresent()) {
            return upcoming;
        }
        return steps.stream().max(Comparator.comparing(Step::from).thenComparing(s -> -steps.indexOf(s)));
    }
}
