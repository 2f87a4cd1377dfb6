package talkbot.config;

/** A setting is missing or invalid; the message is one line naming it. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
