package org.rightsarchive.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.extract.ExtractedPage;

/**
 * Real published corpora whose publisher tags, mapped to taxonomy topics, serve as gold: the Citizen News HK
 * human-rights articles (tags such as 六四, 709事件, 劉曉波; {@link #HKCNEWS_TAGS}) and the Jasic campaign site
 * (every post of which is about the Jasic workers' fight for a union: gold {@code labor-rights}).
 */
public final class PublisherTagTopics {
    /** Citizen News corpus under the shared folder. */
    public static final String HKCNEWS = "data/corpora/hkcnews-hr-zht/articles";

    /** Jasic campaign site under the shared folder. */
    public static final String JASIC = "data/corpora/jasic-bilingual";

    /** Citizen News publisher tag to taxonomy topic; tags containing 六四 or 8964 also map to June Fourth. */
    public static final Map<String, String> HKCNEWS_TAGS = Map.ofEntries(
            Map.entry("89事件", "june-fourth"),
            Map.entry("64 事件", "june-fourth"),
            Map.entry("天安门事件", "june-fourth"),
            Map.entry("天安門事件", "june-fourth"),
            Map.entry("八九民運", "june-fourth"),
            Map.entry("支聯會", "june-fourth"),
            Map.entry("民主女神像", "june-fourth"),
            Map.entry("天安門母親", "tiananmen-mothers"),
            Map.entry("丁子霖", "tiananmen-mothers"),
            Map.entry("709事件", "709-crackdown"),
            Map.entry("王全璋", "709-crackdown"),
            Map.entry("李文足", "709-crackdown"),
            Map.entry("江天勇", "709-crackdown"),
            Map.entry("劉曉波", "charter-08"),
            Map.entry("零八憲章", "charter-08"),
            Map.entry("維權律師", "lawyers"),
            Map.entry("新疆", "uyghurs-uighurs"),
            Map.entry("再教育營", "uyghurs-uighurs"),
            Map.entry("維吾爾族", "uyghurs-uighurs"),
            Map.entry("維吾爾", "uyghurs-uighurs"),
            Map.entry("西藏", "tibet"),
            Map.entry("宗教自由", "freedom-of-religion"),
            Map.entry("法輪功", "freedom-of-religion"),
            Map.entry("良心犯", "prisoner-of-conscience"),
            Map.entry("煽動顛覆國家政權罪", "inciting-subversion-of-state-power"),
            Map.entry("顛覆國家政權罪", "subversion-of-state-power"),
            Map.entry("言論自由", "freedom-of-expression"),
            Map.entry("新聞自由", "freedom-of-press"),
            Map.entry("互聯網審查", "censorship"),
            Map.entry("新聞審查", "censorship"),
            Map.entry("自我審查", "censorship"),
            Map.entry("勞工權益", "labor-rights"),
            Map.entry("聯合國人權理事會", "human-rights-council"),
            Map.entry("強迫失蹤", "enforced-disappearance"),
            Map.entry("「被失蹤」", "enforced-disappearance"));

    private PublisherTagTopics() {}

    /** The topic ids the Citizen News mapping reaches: the scope of its scoring. */
    public static Set<String> hkcnewsTopics() {
        return Set.copyOf(HKCNEWS_TAGS.values());
    }

    /** The topics of a set of Citizen News tags. */
    public static Set<String> hkcnewsGold(List<String> tags) {
        Set<String> gold = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = tag.strip();
            if (t.contains("六四") || t.contains("8964")) {
                gold.add("june-fourth");
            }
            String topic = HKCNEWS_TAGS.get(t);
            if (topic != null) {
                gold.add(topic);
            }
        }
        return gold;
    }

    /** Reads the Citizen News articles (Markdown with front-matter tags). */
    public static List<LabelledPage> hkcnews(Path articles, Function<ExtractedPage, Annotations> entities)
            throws IOException {
        List<LabelledPage> pages = new ArrayList<>();
        for (Path file : markdownFiles(articles)) {
            MarkdownPages.Post post = read(articles, file);
            List<String> tags =
                    List.of(post.frontMatter().getOrDefault("tags", "").split("\n"));
            pages.add(labelled(articles.relativize(file).toString(), post.page(), entities, hkcnewsGold(tags)));
        }
        return pages;
    }

    /** Reads the Jasic posts in every language (gold: labor-rights). */
    public static List<LabelledPage> jasic(Path site, Function<ExtractedPage, Annotations> entities)
            throws IOException {
        List<LabelledPage> pages = new ArrayList<>();
        for (String folder : List.of("_posts", "zh/_posts", "zht/_posts")) {
            Path dir = site.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : markdownFiles(dir)) {
                MarkdownPages.Post post = read(site, file);
                pages.add(labelled(site.relativize(file).toString(), post.page(), entities, Set.of("labor-rights")));
            }
        }
        return pages;
    }

    private static LabelledPage labelled(
            String id, ExtractedPage page, Function<ExtractedPage, Annotations> entities, Set<String> gold) {
        Annotations found = entities.apply(page);
        return new LabelledPage(id, page, found.people(), found.places(), found.events(), gold);
    }

    private static MarkdownPages.Post read(Path root, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return MarkdownPages.parse("shared:" + root.relativize(file), text);
    }

    private static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}
