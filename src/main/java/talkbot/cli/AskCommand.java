package talkbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import talkbot.adapter.console.ConsoleText;
import talkbot.answer.Answer;
import talkbot.chat.Reply;

@Command(name = "ask", description = {
        "Answer a question, for a person to read.",
        "With --json: read questions from standard input, one a line, and write one JSON object a line,",
        "line N answering line N (a blank line gets a refusal)."})
final class AskCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Option(names = "--json", description = "Read questions from standard input; write JSON lines.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quote it).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            if (words != null && !words.isEmpty()) {
                throw new UsageProblem("ask --json reads its questions from standard input; give no QUESTION");
            }
            Core core = corpus.load();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            // one output line per input line, always: a blank line is answered too (with a refusal),
            // so that output line N answers input line N
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(AnswerJson.line(core.answerer().answer(line)));
            }
            out.flush();
            return 0;
        }
        String question = words == null ? "" : String.join(" ", words).strip();
        if (question.isEmpty()) {
            throw new UsageProblem("the question is empty: try  ask \"Who leads China's delegation?\"");
        }
        Core core = corpus.load();
        Answer a = core.answerer().answer(question);
        out.print(ConsoleText.render(Reply.of(a)));
        if (a.answered()) {
            out.printf(Locale.ROOT, "(confidence %.2f)%n", a.confidence());
        }
        out.flush();
        return 0;
    }
}
