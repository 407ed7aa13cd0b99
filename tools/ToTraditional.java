import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Converts each line of stdin from Simplified to Traditional Chinese with ICU (used by gen_taxonomy.sh). */
public final class ToTraditional {
    public static void main(String[] args) throws Exception {
        Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        java.io.PrintStream out = new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            out.println(s2t.transliterate(line));
        }
    }
}
