package talkbot.cli;

/**
 * Turns SIGTERM and SIGINT into a call, so that {@code run} can stop in order and exit 0 rather
 * than being torn down by the JVM's default handlers.
 */
final class Shutdown {
    private Shutdown() {}

    @SuppressWarnings("restriction")
    static void onSignal(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> action.run());
            } catch (IllegalArgumentException e) {
                // signal not available on this platform: the JVM's default handling applies
            }
        }
    }
}
