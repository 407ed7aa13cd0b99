package org.rightsarchive.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.rightsarchive.annotate.topics.CombinedTopicTagger;
import org.rightsarchive.annotate.topics.LinearTopicModel;
import org.rightsarchive.eval.CeccTopics;
import org.rightsarchive.eval.LabelledPage;
import org.rightsarchive.eval.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code archive train-topics}: trains the topic model on the CECC development records under {@code ../shared} and
 * writes it where the standard tagger reads it. The model keeps weights of features found in several records, never
 * record text; run it again after a taxonomy change, then rebuild and reindex.
 */
@Command(
        name = "train-topics",
        mixinStandardHelpOptions = true,
        description = "Train the shipped topic model on the CECC development records (../shared).")
public final class TrainTopicsCommand implements Callable<Integer> {
    @Option(names = "--out", description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out = ArchivePaths.home()
            .resolve("src/main/resources/org/rightsarchive/annotate/topics")
            .resolve(CombinedTopicTagger.STANDARD_MODEL);

    @Override
    public Integer call() throws IOException {
        Optional<Path> cecc = SharedData.resolve(CeccTopics.DEV_FILE);
        if (cecc.isEmpty()) {
            throw new UserError("../shared/" + CeccTopics.DEV_FILE + " not found: the model is trained on it");
        }
        List<LabelledPage> records = CeccTopics.read(cecc.get());
        LinearTopicModel model = CeccTopics.trainModel(records);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
            model.write(w);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(
                java.util.Locale.ROOT,
                "trained on %d records: %d topics, %d features -> %s (%d bytes)%n",
                records.size(),
                model.topics().size(),
                model.vocabularySize(),
                out,
                Files.size(out));
        return 0;
    }
}
