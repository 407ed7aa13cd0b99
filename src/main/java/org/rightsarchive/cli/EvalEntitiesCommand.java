package org.rightsarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.eval.CeccPeopleGold;
import org.rightsarchive.eval.EntityEvaluation;
import org.rightsarchive.eval.EntityFigure;
import org.rightsarchive.eval.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archive eval entities}: precision, recall and F1 of people, places, dates and events against gold data. */
@Command(
        name = "entities",
        mixinStandardHelpOptions = true,
        description = "Score people, places, dates and events against gold data (seed page, CECC, CHRD, corpus).")
public final class EvalEntitiesCommand implements Callable<Integer> {
    @Option(
            names = "--corpus",
            description = "the bundled corpus folder (default: ${DEFAULT-VALUE})",
            defaultValue = "corpus")
    Path corpus;

    @Option(
            names = "--people-errors",
            paramLabel = "PART",
            description = "also list the people errors of one part of the CECC people gold: tune or test")
    String peopleErrors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (peopleErrors != null && !peopleErrors.equals("tune") && !peopleErrors.equals("test")) {
            throw new UserError("--people-errors takes tune or test, not " + peopleErrors);
        }
        PrintWriter out = spec.commandLine().getOut();
        EntityEvaluation eval = new EntityEvaluation(StandardAnnotators.create());
        Optional<Path> seed = SharedData.resolve("data/seed/000_6b29b09f8a489534.txt");
        Optional<Path> cecc = SharedData.resolve("data/cecc-ppd/cecc-ppd-dev.csv");
        Optional<Path> chrd = SharedData.resolve("data/cecc-ppd/chrd-cases-bilingual.csv");
        Path seedGold = corpus.resolve("gold/seed-entities.tsv");
        if (seed.isPresent() && Files.isRegularFile(seedGold)) {
            print(out, eval.seed(seed.get(), seedGold));
        } else {
            out.println("seed page: skipped (../shared/data/seed or " + seedGold + " not found)");
        }
        Path peopleGold = corpus.resolve(CeccPeopleGold.FILE);
        if (cecc.isPresent()) {
            print(out, eval.cecc(cecc.get()));
            if (Files.isRegularFile(peopleGold)) {
                print(out, eval.ceccPeople(cecc.get(), peopleGold));
                if (peopleErrors != null) {
                    eval.ceccPeopleErrors(cecc.get(), peopleGold, peopleErrors).forEach(out::println);
                }
            } else {
                out.println("cecc people gold: skipped (" + peopleGold + " not found)");
            }
        } else {
            out.println("cecc: skipped (../shared/data/cecc-ppd not found)");
        }
        if (chrd.isPresent()) {
            print(out, eval.chrd(chrd.get()));
        } else {
            out.println("chrd: skipped (../shared/data/cecc-ppd not found)");
        }
        if (Files.isRegularFile(corpus.resolve("gold/pages.tsv"))) {
            print(out, eval.corpus(corpus));
        } else {
            throw new UserError("no corpus gold at " + corpus.resolve("gold/pages.tsv"));
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, List<EntityFigure> figures) {
        figures.forEach(out::println);
        out.flush();
    }
}
