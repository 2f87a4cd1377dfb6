package talkbot.cli;

/** The command line asks for something that cannot be done; printed as one line, exit 2. */
final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
