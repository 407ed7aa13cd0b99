package org.rightsarchive.acquire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.rightsarchive.acquire.warc.WarcArchive;
import org.rightsarchive.acquire.warc.WarcCatalog;

/**
 * The whole archive under a corpus directory, as the indexer and the web layer see it: the bundled HTML pages, every
 * WARC response and resource record (crawls and imports), revisits resolved to the record they repeat.
 *
 * <p>{@link #latestGoodCaptures()} gives one capture per URL, the latest good one: a 404, a 5xx or an error page
 * captured later never shadows an earlier good copy. {@link #load(String)} loads any capture back by its source, a
 * corpus-relative path or {@code warc/FILE@OFFSET}, and never outside the archive.
 */
public final class ArchiveReader implements CaptureSource {
    private final CorpusReader pages;
    private final WarcArchive warcs;
    private final List<String> warnings = new ArrayList<>();

    private ArchiveReader(Path corpus) {
        this.pages = new CorpusReader(corpus);
        this.warcs = new WarcArchive(corpus);
    }

    /** The archive under {@code corpus} (which must exist). */
    public static ArchiveReader open(Path corpus) {
        return new ArchiveReader(corpus);
    }

    /**
     * The latest good capture of every URL, sorted by URL. Payloads are read one record at a time while the
     * catalog is built, so only the chosen captures are held.
     */
    public List<Capture> latestGoodCaptures() throws IOException {
        List<Capture> captures = new ArrayList<>();
        forEachLatestGood(captures::add);
        captures.sort(Comparator.comparing(Capture::url));
        return captures;
    }

    /**
     * The same captures in the same order as {@link #latestGoodCaptures()}, but holding only where each one is: a
     * capture is read from disk each time it is asked for. Listing reads every capture once (to leave out error
     * pages and unreadable records, as {@link #latestGoodCaptures()} does) and keeps none, so an archive larger than
     * memory can be indexed.
     */
    public OnDemandCaptures latestGoodCapturesOnDemand() throws IOException {
        List<OnDemandCaptures.Ref> refs = new ArrayList<>();
        forEachLatestGood(c -> refs.add(new OnDemandCaptures.Ref(c.url(), c.source())));
        refs.sort(Comparator.comparing(OnDemandCaptures.Ref::url));
        return new OnDemandCaptures(refs, this);
    }

    private void forEachLatestGood(Consumer<Capture> sink) throws IOException {
        for (Path file : pages.htmlFiles()) {
            Capture page = pages.read(file);
            if (ErrorPages.isGood(page)) {
                sink.accept(page);
            } else {
                warnings.add(page.source() + ": "
                        + Payloads.notTextReason(page.body()).orElse("an error page") + ", not indexed");
            }
        }
        WarcCatalog catalog = warcs.scan(warnings::add);
        for (WarcCatalog.Entry entry : catalog.latestGoodEntries()) {
            if (!entry.isHtml()) {
                continue;
            }
            Optional<Capture> capture = warcs.load(entry.source());
            if (capture.isPresent()) {
                sink.accept(capture.get());
            } else {
                warnings.add(entry.source() + ": listed but unreadable");
            }
        }
    }

    /** Problems met while reading (damaged WARC tails, unreadable records); reading went on past each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public Optional<Capture> load(String source) throws IOException {
        if (WarcArchive.isSource(source)) {
            return warcs.load(source);
        }
        return pages.load(source);
    }
}
