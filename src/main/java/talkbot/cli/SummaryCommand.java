package talkbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkbot.adapter.console.ConsoleText;
import talkbot.chat.ChatService;

@Command(name = "summary", description = "Print the key points of the corpus with their sources.")
final class SummaryCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() {
        Core core = corpus.load();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(ConsoleText.render(ChatService.render(core.summarizer().summarize(null))));
        return 0;
    }
}
