package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Solr commands without a cluster: configset output, and clear errors for options that cannot work. */
class SolrCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String err) {}

    static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void configsetWritesSchemaConfigAndWordLists() throws Exception {
        Run r = run("solr", "configset", dir.toString());
        assertEquals(0, r.exit(), r.err());
        for (String file : new String[] {
            "managed-schema.xml", "solrconfig.xml", "mapping-traditional-simplified.txt", "lang/stopwords_en.txt"
        }) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }
        assertTrue(Files.readString(dir.resolve("managed-schema.xml")).contains("name=\"hmmChinese\""));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "reindex --backend solr | needs --solr-url",
                "reindex --solr-zk 127.0.0.1:2181/solr | --solr-zk is not supported",
                "reindex --solr-url ftp://x/solr | not an http(s) Solr URL",
                "reindex --solr-url http://127.0.0.1:1/solr --collection a/b | collection names use letters",
                "reindex --solr-url http://127.0.0.1:1/solr --incremental | --incremental is not supported",
                "solr create --solr-url http://127.0.0.1:1/solr --shards 0 | --shards and --replicas must be"
            })
    void unusableOptionsGiveOneClearLine(String args, String message) {
        Run r = run(args.split(" "));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void unreachableClusterIsAnErrorNotAHang() {
        long start = System.nanoTime();
        Run r = run("solr", "create", "--solr-url", "http://127.0.0.1:1/solr", "--solr-timeout", "5");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("archive: "), "one line, no stack trace: " + r.err());
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "answered within a minute");
    }
}
