import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsarchive.eval.CeccPeopleGold;
import org.rightsarchive.eval.Csv;

/**
 * Builds the stand-off CECC people gold ({@code corpus/gold/cecc-people.tsv}) from hand-written name lists, and
 * prints the sample to annotate. Run with the project's classes (after {@code ./archive build}):
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' tools/CeccPeopleGoldSpans.java sample N CSV        # texts to read (not for the repo)
 * java -cp 'target/classes:target/lib/*' tools/CeccPeopleGoldSpans.java spans NAMES CSV     # gold TSV on stdout
 * java -cp 'target/classes:target/lib/*' tools/CeccPeopleGoldSpans.java show NAMES CSV      # texts with [[spans]]
 * </pre>
 *
 * A name list (kept out of the repo: it is derived from the texts) has one block per record, in sample order:
 * {@code == RECORD} then one line per person, {@code FULL NAME[; OTHER SPELLING] | ROLE | REF[; REF]}: every
 * whole-word occurrence of a full form is a {@code name} mention, of a ref ("Yao") a {@code ref} mention. A form
 * that is not in the text, or a ref shared by two people of one record, stops the tool with the record number.
 * Every fourth record of the sample (positions 0, 4, 8 ...) is the tuning part, the others the test part.
 */
public final class CeccPeopleGoldSpans {
    private record Span(int start, int end, int person, String role, String kind) {}

    public static void main(String[] args) throws Exception {
        List<Map<String, String>> records = Csv.readRecords(Path.of(args[2]));
        List<Map<String, String>> sample = CeccPeopleGold.sample(records);
        if (args[0].equals("sample")) {
            int n = Integer.parseInt(args[1]);
            for (int i = 0; i < n && i < sample.size(); i++) {
                Map<String, String> r = sample.get(i);
                System.out.println("== " + r.get("CECC_record_number") + "  (#" + i + ", main.name "
                        + r.get("main.name") + ")");
                System.out.println(CeccPeopleGold.summaryText(r));
                System.out.println();
            }
            return;
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        Map<String, Map<String, String>> byNumber = new LinkedHashMap<>();
        for (int i = 0; i < sample.size(); i++) {
            position.put(sample.get(i).get("CECC_record_number"), i);
            byNumber.put(sample.get(i).get("CECC_record_number"), sample.get(i));
        }
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.startsWith("== ")) {
                current = new ArrayList<>();
                blocks.put(line.substring(3).strip().split("\\s+")[0], current);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                current.add(line);
            }
        }
        boolean show = args[0].equals("show");
        if (!show) {
            System.out.println("# Stand-off people gold of CECC summaries: see CeccPeopleGold and README (Annotate).");
            System.out.println("# R record part hash | M record person role kind start end (offsets in the summary"
                    + " text as jsoup reads it)");
        }
        for (Map.Entry<String, List<String>> block : blocks.entrySet()) {
            String number = block.getKey();
            if (!position.containsKey(number)) {
                throw new IllegalArgumentException(number + " is not in the sample");
            }
            String text = CeccPeopleGold.summaryText(byNumber.get(number));
            List<Span> spans = spans(number, text, block.getValue());
            if (show) {
                StringBuilder marked = new StringBuilder(text);
                for (int i = spans.size() - 1; i >= 0; i--) {
                    Span s = spans.get(i);
                    marked.insert(s.end(), "]]" + s.person() + (s.kind().equals("ref") ? "r" : ""));
                    marked.insert(s.start(), "[[");
                }
                System.out.println("== " + number);
                System.out.println(marked);
                System.out.println();
                continue;
            }
            String part = position.get(number) % 4 == 0 ? "tune" : "test";
            System.out.println("R\t" + number + "\t" + part + "\t" + CeccPeopleGold.textHash(text));
            for (Span s : spans) {
                System.out.println("M\t" + number + "\t" + s.person() + "\t" + s.role() + "\t" + s.kind() + "\t"
                        + s.start() + "\t" + s.end());
            }
        }
    }

    private static List<Span> spans(String number, String text, List<String> people) {
        List<Span> spans = new ArrayList<>();
        Map<String, Integer> refOwner = new LinkedHashMap<>();
        for (int p = 0; p < people.size(); p++) {
            String[] f = people.get(p).split("\\|", -1);
            for (String ref : f.length > 2 ? f[2].split(";") : new String[0]) {
                if (!ref.isBlank() && refOwner.put(ref.strip(), p + 1) != null) {
                    throw new IllegalArgumentException(number + ": ref '" + ref.strip() + "' belongs to two people");
                }
            }
        }
        // longest forms first, names before refs: "Jampa Tenzin" is one person even when another is "Jampa"
        List<String[]> forms = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            String[] f = people.get(p).split("\\|", -1);
            String role = f.length > 1 && !f[1].isBlank() ? f[1].strip() : "-";
            for (String form : f[0].split(";")) {
                forms.add(new String[] {"name", form.strip(), String.valueOf(p + 1), role});
            }
            for (String form : f.length > 2 ? f[2].split(";") : new String[0]) {
                forms.add(new String[] {"ref", form.strip(), String.valueOf(p + 1), role});
            }
        }
        forms.removeIf(f -> f[1].isEmpty());
        forms.sort((a, b) -> a[0].equals(b[0]) ? b[1].length() - a[1].length() : a[0].equals("name") ? -1 : 1);
        for (String[] f : forms) {
            String form = f[1];
            int found = 0;
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (wordAt(text, at - 1)
                        || wordAt(text, end)
                        || overlaps(spans, at, end)
                        || (f[0].equals("ref") && afterCapitalizedWord(text, at))) {
                    continue;
                }
                spans.add(new Span(at, end, Integer.parseInt(f[2]), f[3], f[0]));
                found++;
            }
            if (found == 0 && f[0].equals("name")) {
                throw new IllegalArgumentException(number + ": '" + form + "' is not in the text");
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    /** "Falun Gong" holds no reference to a Ms. Gong: a ref stands alone, not as the second word of a name. */
    private static boolean afterCapitalizedWord(String text, int at) {
        return PREVIOUS_CAPITALIZED.matcher(text.substring(Math.max(0, at - 30), at)).find();
    }

    private static final java.util.regex.Pattern PREVIOUS_CAPITALIZED =
            java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+ $");

    private static boolean wordAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s.start() < end && start < s.end());
    }
}
