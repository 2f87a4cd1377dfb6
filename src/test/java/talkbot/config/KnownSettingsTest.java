package talkbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The list of settings, the defaults file and .env.example agree: a setting added in one place is added in all. */
class KnownSettingsTest {
    /** {@code NAME=} at the start of a line, or commented out as {@code # NAME=}. */
    private static final Pattern NAMED = Pattern.compile("(?m)^#?\\s*([A-Z][A-Z0-9_]+)=");

    @Test
    void everyConstantIsInTheList() throws IllegalAccessException {
        Set<Setting<?>> constants = new LinkedHashSet<>();
        for (Field f : Known.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Setting.class) {
                constants.add((Setting<?>) f.get(null));
            }
        }
        assertThat(Known.ALL).containsExactlyInAnyOrderElementsOf(constants);
        assertThat(Set.copyOf(Known.names())).hasSameSizeAs(Known.ALL);
    }

    @Test
    void theDefaultsFileNamesEverySettingAndSetsOnlyThoseAFileMaySet() throws IOException {
        String text = Files.readString(Path.of(SettingsLoader.CONFIG_FILE));
        assertThat(names(text)).containsExactlyInAnyOrderElementsOf(Known.names());
        for (Setting<?> s : Known.ALL) {
            boolean setHere = Pattern.compile("(?m)^" + s.name() + "=").matcher(text).find();
            assertThat(setHere).as(s.name()).isEqualTo(s.source() == Setting.Source.FILE_OR_ENVIRONMENT);
        }
    }

    @Test
    void envExampleListsEverySettingAndLoadsAsItIs() throws IOException {
        String text = Files.readString(Path.of(".env.example"));
        assertThat(names(text)).containsExactlyInAnyOrderElementsOf(Known.names());
        Map<String, String> env = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(?m)^([A-Z][A-Z0-9_]+)=(.*)$").matcher(text);
        while (m.find()) {
            env.put(m.group(1), m.group(2));
        }
        Settings s = SettingsLoader.load(env);
        assertThat(s.telegramBotToken()).as("secrets are left empty").isEmpty();
        assertThat(s.slackBotToken()).isEmpty();
        assertThat(s).isEqualTo(SettingsLoader.load(Map.of()));
    }

    private static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
