package org.rightsarchive.web;

import java.io.IOException;
import java.util.List;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;

/**
 * A real archive server on a free port of 127.0.0.1, over a real Lucene index of the bundled corpus (annotated with
 * its gold labels, so people, topics and events are there whatever the recognizers do), serving the real web page.
 */
final class TestArchive implements AutoCloseable {
    /** Bilingual labels for some corpus topics: the page must show the Chinese one in the Chinese interface. */
    static final TopicDirectory TOPICS = () -> List.of(
            new TopicDirectory.Topic("labor-rights", "Labor Rights", "劳工权利", null),
            new TopicDirectory.Topic("arbitrary-detention", "Arbitrary Detention", "任意拘押", null),
            new TopicDirectory.Topic("political-prisoner", "Political Prisoner", "政治犯", null),
            new TopicDirectory.Topic("protests-and-petitions", "Protests And Petitions", "抗议与上访", null),
            new TopicDirectory.Topic("subversion-of-state-power", "Subversion Of State Power", "颠覆国家政权", null),
            new TopicDirectory.Topic("freedom-of-association", "Freedom Of Association", "结社自由", null),
            new TopicDirectory.Topic("public-appeal", "Public Appeal", "公开呼吁", null),
            new TopicDirectory.Topic("lawyers", "Lawyers", "律师", null),
            new TopicDirectory.Topic("709-crackdown", "709 Crackdown", "709大抓捕", null));

    private final LuceneSearchBackend backend;
    private final ArchiveServer server;

    private TestArchive(LuceneSearchBackend backend, ArchiveServer server) {
        this.backend = backend;
        this.server = server;
    }

    static TestArchive start() throws IOException {
        return start(LuceneSearchBackend.open(GoldCorpus.shared()));
    }

    /** The gold corpus served with its own sampling of large results. */
    static TestArchive start(LuceneSearchBackend.Sampling sampling) throws IOException {
        return start(LuceneSearchBackend.open(GoldCorpus.shared(), sampling));
    }

    private static TestArchive start(LuceneSearchBackend backend) throws IOException {
        try {
            ArchiveServer server = ArchiveServer.start(
                    ServerConfig.defaults().withPort(0).withTopics(TOPICS),
                    backend,
                    new CorpusReader(GoldCorpus.CORPUS));
            return new TestArchive(backend, server);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() throws IOException {
        server.close();
        backend.close();
    }
}
