package talkbot.cli;

/** Entry point; the commands are wired in as the core lands. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("talkbot: under construction");
    }
}
