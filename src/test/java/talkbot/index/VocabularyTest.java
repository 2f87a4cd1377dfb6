package talkbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéü";

    @Test
    void correctsATypoToTheMostFrequentWordWithinReach() {
        Vocabulary v = new Vocabulary();
        v.add("leads leads leads loads Bessent tariffs tariff delegation");
        assertThat(v.correct("leeds")).contains("leads");
        assertThat(v.correct("bessant")).contains("bessent");
        assertThat(v.correct("delegatoin")).contains("delegation"); // a transposition is one edit
        assertThat(v.correct("zzzzzz")).isEmpty();
        assertThat(v.correct("lead")).isEmpty(); // too short to correct
        assertThat(v.correct("tar1ffs")).isEmpty(); // not all letters
    }

    @Test
    void ties_goToTheMoreFrequentThenTheAlphabeticallyFirstWord() {
        Vocabulary v = new Vocabulary();
        v.add("bread bread broad");
        assertThat(v.correct("bxead")).contains("bread");
        Vocabulary w = new Vocabulary();
        w.add("bread broad");
        assertThat(w.correct("brzad")).contains("bread");
    }

    @Test
    void growingTheVocabularyAfterACorrectionIsSeen() {
        Vocabulary v = new Vocabulary();
        v.add("tariffs");
        assertThat(v.correct("lutnik")).isEmpty();
        v.add("Lutnick");
        assertThat(v.correct("lutnik")).contains("lutnick");
    }

    /** The deletion index must find exactly what comparing with every word finds. */
    @Test
    void theIndexAgreesWithAScanOverEveryWord() {
        Random random = new Random(20250609);
        Vocabulary v = new Vocabulary();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            String w = randomWord(random, 3 + random.nextInt(10));
            words.add(w);
            int times = 1 + random.nextInt(3);
            for (int t = 0; t < times; t++) {
                v.add(w);
            }
        }
        v.prepare();
        int corrected = 0;
        for (int i = 0; i < 8_000; i++) {
            String query = random.nextInt(4) == 0
                    ? randomWord(random, 5 + random.nextInt(8))
                    : typo(random, typo(random, words.get(random.nextInt(words.size()))));
            assertThat(v.correct(query)).as(query).isEqualTo(v.correctByScan(query));
            if (v.correct(query).isPresent()) {
                corrected++;
            }
        }
        assertThat(corrected).as("the sample exercises corrections").isGreaterThan(2_000);
    }

    @Test
    void aWordLongerThanAnyInTheVocabularyHasNoCorrection() {
        Vocabulary v = new Vocabulary();
        v.add("negotiations negotiation");
        assertThat(v.correct("negotiationss")).contains("negotiations");
        assertThat(v.correct("negotiationsss")).contains("negotiations");
        assertThat(v.correct("negotiationssss")).isEmpty();
        assertThat(v.correct("ab".repeat(500))).isEmpty().isEqualTo(v.correctByScan("ab".repeat(500)));
    }

    @Test
    void distanceCountsATranspositionAsOneEdit() {
        assertThat(Vocabulary.distance("trade", "trdae", 2)).isEqualTo(1);
        assertThat(Vocabulary.distance("trade", "tread", 2)).isEqualTo(2);
        assertThat(Vocabulary.distance("trade", "xxxxxxx", 2)).isEqualTo(3);
    }

    private static String randomWord(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // a small alphabet, so words lie close together and ties and near misses are common
            b.append(LETTERS.charAt(r.nextInt(r.nextInt(10) == 0 ? LETTERS.length() : 8)));
        }
        return b.toString();
    }

    private static String typo(Random r, String w) {
        if (w.length() < 2) {
            return w;
        }
        int i = r.nextInt(w.length());
        char c = LETTERS.charAt(r.nextInt(8));
        return switch (r.nextInt(5)) {
            case 0 -> w.substring(0, i) + w.substring(i + 1);
            case 1 -> w.substring(0, i) + c + w.substring(i);
            case 2 -> w.substring(0, i) + c + w.substring(i + 1);
            case 3 -> i + 1 < w.length() ? w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2) : w;
            default -> w;
        };
    }
}
