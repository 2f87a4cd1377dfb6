package talkbot.store;

/** Keys seen before (a Slack event id, a Telegram update id), so that work keyed by one is done once. */
public interface Dedupe {
    /**
     * Remembers a key in a scope; true the first time, false for every repeat, across retries,
     * restarts and replicas sharing the store.
     */
    boolean firstSighting(String scope, String key);
}
