package talkbot.summary;

import java.util.Set;

/** Builds the summary from the corpus. Deterministic for the same corpus; thread-safe. */
@FunctionalInterface
public interface Summarizer {
    /**
     * @param alreadySeen the articles covered by the chat's last post; null when the chat never had
     *                    one (then nothing is called new)
     */
    Summary summarize(Set<String> alreadySeen);
}
