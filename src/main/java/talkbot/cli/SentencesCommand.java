package talkbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkbot.corpus.Article;
import talkbot.corpus.Sentence;

@Command(name = "sentences", description = "List every article's sentences with the numbers facts refer to.")
final class SentencesCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() {
        Core core = corpus.load();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Article a : core.corpus().articles()) {
            out.println("# " + a.id() + " — " + a.info().title() + " (" + a.info().published() + ")");
            for (Sentence s : a.sentences()) {
                out.println(s.number() + (s.heading() ? "  [heading] " : "  ") + s.text());
            }
        }
        return 0;
    }
}
