package talkbot.posting;

import java.time.LocalDate;
import java.util.Set;

/** Writes the daily post of one chat. Thread-safe; the same inputs give the same post. */
@FunctionalInterface
public interface PostWriter {
    /**
     * @param alreadySeen the articles covered by the chat's last post; null when it never had one
     * @param day         the day of the post, in the summary's time zone
     * @param platform    the chat's platform ("telegram", "slack"), which spells the commands it names
     */
    DailyPost write(Set<String> alreadySeen, LocalDate day, String platform);
}
