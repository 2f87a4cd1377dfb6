package talkbot.store;

import java.util.OptionalLong;

/** Named counters, such as Telegram's next getUpdates offset: checkpoints that outlive a process. */
public interface Cursors {
    OptionalLong cursor(String name);

    void saveCursor(String name, long value);
}
