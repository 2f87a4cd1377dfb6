package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Round;
import talkbot.corpus.Sentence;
import talkbot.intent.AnswerType;

/** What {@link RoundAnswers} lists, over made-up candidates of made-up rounds. */
class RoundAnswersListTest {
    private static final Map<String, Round> ROUNDS = Map.of(
            "lima", round("lima", "Lima", LocalDate.of(2027, 11, 19)),
            "lima-2", round("lima-2", "Lima", LocalDate.of(2027, 11, 19)), // a second report of the Lima round
            "oslo", round("oslo", "Oslo", LocalDate.of(2027, 9, 9)),
            "seoul", round("seoul", "Seoul", LocalDate.of(2027, 6, 18)),
            "tokyo", round("tokyo", "Tokyo", LocalDate.of(2027, 3, 5)),
            "call", round("call", null, LocalDate.of(2027, 8, 1)));
    private static final RoundAnswers LISTS = new RoundAnswers(ROUNDS::get);

    private static Round round(String id, String place, LocalDate day) {
        return new Round(id, place, place == null ? List.of() : List.of(place), day, day, day.plusDays(1));
    }

    private static Candidate candidate(String article, String answer, double confidence, boolean typed) {
        return new Candidate(answer, () -> answer, List.of(new Sentence(article, 1, answer + " was there.", false)), confidence,
                confidence, typed, new Features.Builder().build());
    }

    private static List<String> shown(List<RoundAnswers.Entry> entries) {
        return entries.stream().map(RoundAnswers.Entry::shown).toList();
    }

    @Test
    void atMostTwoRoundsOfLongAnswersTheChosenFirst() {
        var entries = LISTS.list(AnswerType.VENUE, candidate("lima", "Miraflores Park Hotel", 0.7, true),
                List.of(candidate("seoul", "Lotte Hotel", 0.66, true), candidate("oslo", "Holmenkollen Park Hotel", 0.68, true)), false, false, false);
        // a third would not fit the short answer's limit
        assertThat(shown(entries)).containsExactly("Miraflores Park Hotel (Lima, November 2027)", "Holmenkollen Park Hotel (Oslo, September 2027)");
    }

    @Test
    void atMostThreeRoundsOfShortAnswers() {
        var entries = LISTS.list(AnswerType.CITY, candidate("lima", "Quito", 0.7, true),
                List.of(candidate("seoul", "Busan", 0.66, true), candidate("oslo", "Bergen", 0.68, true), candidate("tokyo", "Osaka", 0.67, true)),
                false, false, false);
        assertThat(shown(entries)).containsExactly("Quito (Lima, November 2027)", "Bergen (Oslo, September 2027)", "Osaka (Tokyo, March 2027)");
        assertThat(RoundAnswers.reply(entries, "")).startsWith("Three rounds answer this: Lima, November 2027: Quito; ");
        assertThat(RoundAnswers.reply(entries.subList(0, 2), "")).startsWith("Two rounds answer this: ");
    }

    @Test
    void theOtherRoundsOfAQuestionAboutNowFollowNewestFirst() {
        var entries = LISTS.list(AnswerType.PERSON, candidate("lima", "Wen Shuhua", 0.6, true),
                List.of(candidate("tokyo", "Li Chenggang", 0.7, true), candidate("seoul", "He Lifeng", 0.66, true),
                        candidate("oslo", "Lu Guohan", 0.62, true)), true, false, false);
        assertThat(shown(entries)).containsExactly("Wen Shuhua (Lima, November 2027)", "Lu Guohan (Oslo, September 2027)",
                "He Lifeng (Seoul, June 2027)");
    }

    @Test
    void twoReportsOfOneRoundAreOneRound() {
        var entries = LISTS.list(AnswerType.PERSON, candidate("lima", "Wen Shuhua", 0.7, true),
                List.of(candidate("lima-2", "Liu Jianhong", 0.69, true)), false, false, false);
        assertThat(entries).hasSize(1);
    }

    @Test
    void aRoundWithNoPlaceIsLabelledByItsReport() {
        var entries = LISTS.list(AnswerType.PERSON, candidate("lima", "Wen Shuhua", 0.7, true),
                List.of(candidate("call", "Xi Jinping", 0.69, true)), false, false, false);
        assertThat(shown(entries)).containsExactly("Wen Shuhua (Lima, November 2027)", "Xi Jinping (report of 2 August 2027)");
        // an answer that names its round's place needs only the month
        assertThat(LISTS.label(candidate("lima", "Miraflores Park Hotel, Lima", 0.7, true))).isEqualTo("November 2027");
    }

    @Test
    void theNameOfABodyIsListedLikeAPerson() {
        // "which think tank was the analyst from": each round's analyst has a firm of their own
        var entries = LISTS.list(AnswerType.ORG, candidate("lima", "XTB", 0.7, true),
                List.of(candidate("oslo", "Peterson Institute", 0.69, true)), false, false, false);
        assertThat(RoundAnswers.shortAnswer(entries)).contains("XTB").contains("Peterson Institute");
        // not a rival whose answer is no body's name, and not a name in quotation marks: each round's is often another phrase
        assertThat(LISTS.list(AnswerType.ORG, candidate("lima", "XTB", 0.7, true),
                List.of(candidate("oslo", "The talks ended without a deal", 0.69, false)), false, false, false)).hasSize(1);
        assertThat(LISTS.list(AnswerType.NAME, candidate("lima", "Liberation Day", 0.7, true),
                List.of(candidate("oslo", "Phase Two", 0.69, true)), false, false, false)).hasSize(1);
    }

    @Test
    void aFigureOrAQuotationIsNotListedNorAnythingBesideAnUntypedAnswer() {
        List<Candidate> rival = List.of(candidate("oslo", "15%", 0.69, true));
        assertThat(LISTS.list(AnswerType.FIGURE, candidate("lima", "10%", 0.7, true), rival, false, false, false)).hasSize(1);
        assertThat(LISTS.list(AnswerType.QUOTE, candidate("lima", "“We agreed”", 0.7, true), List.of(candidate("oslo", "“We disagreed”", 0.69, true)), false, false, false))
                .hasSize(1);
        assertThat(LISTS.list(AnswerType.PERSON, candidate("lima", "The talks ended", 0.7, false), List.of(candidate("oslo", "Lu Guohan", 0.69, true)), false, false, false))
                .hasSize(1);
    }

    @Test
    void theDaysOfEachRoundsNextRoundAreListedWithoutTheirWeekdays() {
        var entries = LISTS.list(AnswerType.DATE, candidate("lima", "Wednesday, February 23 and Thursday, February 24, 2028", 0.7, true),
                List.of(candidate("oslo", "Monday, November 8 and Tuesday, November 9, 2027", 0.68, true),
                        candidate("seoul", "Monday 23 August 2027", 0.66, true)), false, true, false);
        // a third would not fit the short answer's limit
        assertThat(shown(entries)).containsExactly("February 23–24, 2028 (Lima, November 2027)", "November 8–9, 2027 (Oslo, September 2027)");
        assertThat(RoundAnswers.shortAnswer(entries).length()).isLessThanOrEqualTo(Answer.SHORT_LIMIT);
        // the reply keeps each day whole
        assertThat(RoundAnswers.reply(entries, "")).contains("Lima, November 2027: Wednesday, February 23 and Thursday, February 24, 2028");
        // a day that is not the next round's is one round's
        assertThat(LISTS.list(AnswerType.DATE, candidate("lima", "Monday 23 August 2027", 0.7, true),
                List.of(candidate("oslo", "Monday 8 November 2027", 0.69, true)), false, false, false)).hasSize(1);
    }

    @Test
    void theDaysEachRoundMetOnAreListedTheChosenWithItsWeekdays() {
        // "what days did they meet", of no round: each report tells of its own round's days
        var entries = LISTS.list(AnswerType.DATE, candidate("lima", "Wednesday 12 May and Thursday 13 May 2027", 0.7, true),
                List.of(candidate("oslo", "Monday 9 June 2025", 0.68, true)), false, false, true);
        assertThat(shown(entries)).containsExactly("Wednesday 12 May and Thursday 13 May 2027 (Lima, November 2027)",
                "9 June 2025 (Oslo, September 2027)");
        assertThat(RoundAnswers.shortAnswer(entries).length()).isLessThanOrEqualTo(Answer.SHORT_LIMIT);
    }

    @Test
    void answersThatSayTheSameAreOne() {
        assertThat(RoundAnswers.same("Vice Premier", "Chinese Vice Premier")).isTrue();
        assertThat(RoundAnswers.same("Li", "Liang")).isFalse();
        assertThat(RoundAnswers.same("US", "Russia")).isFalse();
        assertThat(RoundAnswers.same("June 2027", "September 2027")).isFalse();
        var entries = LISTS.list(AnswerType.PERSON, candidate("lima", "Chinese Vice Premier He Lifeng", 0.7, true),
                List.of(candidate("oslo", "He Lifeng", 0.69, true)), false, false, false);
        assertThat(entries).hasSize(1);
    }

    @Test
    void aListFitsTheDirectAnswersLimit() {
        String longName = "The Extraordinarily Long Named International Conference Centre of the Republic";
        var entries = LISTS.list(AnswerType.VENUE, candidate("lima", "Miraflores Park Hotel", 0.7, true),
                List.of(candidate("oslo", longName, 0.69, true)), false, false, false);
        assertThat(entries).hasSize(1);
        assertThat(RoundAnswers.shortAnswer(entries).length()).isLessThanOrEqualTo(Answer.SHORT_LIMIT);
    }
}
