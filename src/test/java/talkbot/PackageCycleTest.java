package talkbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages depend one way: reading the sources of {@code src/main/java} (imports and fully
 * qualified names in code, comments and strings left out), no package reaches itself again through
 * others. A cycle fails with the packages in it and, for each dependency in it, a file that makes it.
 */
class PackageCycleTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** {@code talkbot.some.pkg.Type}: the package is the lower-case part before the first capital. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(talkbot(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

    @Test
    void packagesDependOneWay() throws IOException {
        Map<String, Map<String, String>> graph = graph();
        assertThat(graph).as("the sources were read").containsKeys("talkbot.chat", "talkbot.store", "talkbot.answer");
        List<Set<String>> cycles = cycles(graph);
        StringBuilder why = new StringBuilder();
        for (Set<String> cycle : cycles) {
            why.append("\ncycle: ").append(cycle);
            for (String from : cycle) {
                for (Map.Entry<String, String> to : graph.get(from).entrySet()) {
                    if (cycle.contains(to.getKey())) {
                        why.append("\n  ").append(from).append(" -> ").append(to.getKey()).append(" (").append(to.getValue()).append(')');
                    }
                }
            }
        }
        assertThat(cycles).as(why.toString()).isEmpty();
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        graph.put("a", Map.of("b", "A.java"));
        graph.put("b", Map.of("c", "B.java"));
        graph.put("c", Map.of("a", "C.java"));
        graph.put("d", Map.of("a", "D.java"));
        assertThat(cycles(graph)).containsExactly(new TreeSet<>(Set.of("a", "b", "c")));
    }

    @Test
    void commentsAndStringsAreNotDependencies() {
        assertThat(code("// talkbot.chat.Reply\n/** {@link talkbot.store.Store} */ String s = \"talkbot.x.Y\"; talkbot.corpus.Text.fold(s);"))
                .doesNotContain("talkbot.chat", "talkbot.store", "talkbot.x").contains("talkbot.corpus.Text");
    }

    /** Package → the packages it uses, each with one file that uses it. */
    private static Map<String, Map<String, String>> graph() throws IOException {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = code(Files.readString(f));
                Matcher p = PACKAGE.matcher(code);
                if (!p.find()) {
                    continue;
                }
                String from = p.group(1);
                Map<String, String> uses = graph.computeIfAbsent(from, k -> new TreeMap<>());
                Matcher r = REFERENCE.matcher(code.substring(p.end()));
                while (r.find()) {
                    String to = r.group(1);
                    if (!to.equals(from)) {
                        uses.putIfAbsent(to, SOURCES.relativize(f).toString());
                    }
                }
            }
        }
        return graph;
    }

    /** The source without its comments and the contents of its string and character literals. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The strongly connected components of more than one package (Tarjan). */
    static List<Set<String>> cycles(Map<String, Map<String, String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Map<String, String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Map.of()).keySet()) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }
}
