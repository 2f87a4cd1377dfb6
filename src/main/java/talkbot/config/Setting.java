package talkbot.config;

import java.util.Objects;

/**
 * One setting: its name, where it may be set, and how its text becomes a value. Every setting is
 * a constant of {@link Known}.
 *
 * @param <T> the value's type
 */
record Setting<T>(String name, Source source, Parser<T> parser) {

    /** Where a setting may be set. */
    enum Source {
        /** {@code config/talkbot.properties} (or {@code TALKBOT_CONFIG}), overridden by the environment. */
        FILE_OR_ENVIRONMENT,
        /** The environment only: secrets, and what is read before any file is. */
        ENVIRONMENT_ONLY
    }

    /** Turns a setting's text (null when unset) into its value, or throws a one-line {@link ConfigException}. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String name, String text);
    }

    Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(parser, "parser");
    }

    /** The value of this setting in {@code p}. */
    T read(java.util.Properties p) {
        return parse(p.getProperty(name));
    }

    T parse(String text) {
        return parser.parse(name, text == null ? null : text.strip());
    }
}
