package org.rightsarchive.acquire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnDemandCapturesTest {
    @Test
    void listsTheSameCapturesInTheSameOrderAsTheEagerReader() throws Exception {
        List<Capture> eager = ArchiveReader.open(Path.of("corpus")).latestGoodCaptures();
        OnDemandCaptures onDemand = ArchiveReader.open(Path.of("corpus")).latestGoodCapturesOnDemand();
        assertEquals(eager.size(), onDemand.size());
        for (int i = 0; i < eager.size(); i++) {
            Capture a = eager.get(i);
            Capture b = onDemand.get(i);
            assertEquals(a.url(), b.url());
            assertEquals(a.source(), b.source());
            assertEquals(a.fetchedAt(), b.fetchedAt());
            assertArrayEquals(a.body(), b.body(), a.source());
        }
    }

    @Test
    void aCaptureThatIsGoneIsAnErrorNamingItsSource() {
        OnDemandCaptures list = new OnDemandCaptures(
                List.of(new OnDemandCaptures.Ref("corpus:a.html", "a.html")), s -> Optional.empty());
        var e = assertThrows(OnDemandCaptures.UnreadableCaptureException.class, () -> list.get(0));
        assertEquals("a.html", e.source());
        assertEquals("a.html: listed but no longer in the archive", e.getMessage());
    }
}
