package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexStoreTest {
    @TempDir
    Path root;

    @Test
    void hasNoLiveIndexBeforeFirstPublish() {
        assertTrue(new IndexStore(root).live().isEmpty());
        assertEquals(0, new IndexStore(root).liveGeneration());
    }

    @Test
    void publishSwitchesTheLiveGeneration() throws IOException {
        IndexStore store = new IndexStore(root);
        try (IndexStore.Build build = store.beginBuild()) {
            Files.writeString(build.directory().resolve("marker"), "one");
            build.publish();
        }
        assertEquals(1, store.liveGeneration());
        assertEquals("one", Files.readString(store.live().orElseThrow().resolve("marker")));
    }

    @Test
    void abandonedBuildLeavesTheLiveGenerationAlone() throws IOException {
        IndexStore store = new IndexStore(root);
        try (IndexStore.Build build = store.beginBuild()) {
            build.publish();
        }
        Path building;
        try (IndexStore.Build build = store.beginBuild()) {
            building = build.directory();
            assertEquals(2, build.generation());
        }
        assertFalse(Files.exists(building));
        assertEquals(1, store.liveGeneration());
    }

    @Test
    void crashedBuildLeftoversAreRemovedByTheNextBuild() throws IOException {
        IndexStore store = new IndexStore(root);
        try (IndexStore.Build build = store.beginBuild()) {
            build.publish();
        }
        Path crashed = Files.createDirectories(root.resolve("gen-000002.building"));
        Files.writeString(crashed.resolve("_0.cfs"), "half written");
        try (IndexStore.Build build = store.beginBuild()) {
            assertFalse(Files.exists(crashed));
            assertEquals(3, build.generation());
            build.publish();
        }
        assertEquals(3, store.liveGeneration());
    }

    @Test
    void keepsOnlyThePreviousGeneration() throws IOException {
        IndexStore store = new IndexStore(root);
        for (int i = 0; i < 4; i++) {
            try (IndexStore.Build build = store.beginBuild()) {
                build.publish();
            }
        }
        assertTrue(Files.isDirectory(root.resolve("gen-000004")));
        assertTrue(Files.isDirectory(root.resolve("gen-000003")));
        assertFalse(Files.exists(root.resolve("gen-000002")));
    }

    @Test
    void refusesASecondConcurrentBuild() throws IOException {
        IndexStore store = new IndexStore(root);
        try (IndexStore.Build first = store.beginBuild()) {
            IOException e = assertThrows(IOException.class, store::beginBuild);
            assertTrue(e.getMessage().contains("another reindex is running"), e.getMessage());
        }
    }

    @Test
    void reportsAnUnwritableDirectoryClearly() throws IOException {
        Path file = Files.writeString(root.resolve("not-a-dir"), "x");
        IOException e = assertThrows(IOException.class, () -> new IndexStore(file.resolve("index")).beginBuild());
        assertTrue(e.getMessage().contains("cannot create index directory"), e.getMessage());
    }
}
