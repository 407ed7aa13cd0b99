package org.rightsarchive.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rightsarchive.search.SearchResult;

/**
 * An Atom 1.0 feed (RFC 4287) of one query's newest hits, so a reader can follow e.g. new alerts in Liaoning about
 * labor rights. Written with StAX, which escapes every text and attribute; characters XML cannot carry at all
 * (control characters from broken pages) are dropped. Each entry's summary is the hit's snippet as escaped HTML.
 */
final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * @param selfUrl the absolute URL of this feed (its id and self link)
     * @param baseUrl the server's absolute URL, for entry links
     * @param title feed title (untrusted: may hold the user's query)
     * @param hits newest first
     */
    static String render(String selfUrl, String baseUrl, String title, List<SearchResult.Hit> hits) {
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", selfUrl);
            element(xml, "title", title);
            element(xml, "updated", hits.isEmpty() ? Instant.EPOCH.toString() : updated(hits.get(0)));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", baseUrl + "/", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Rights Archive");
            xml.writeEndElement();
            element(xml, "generator", "Rights Archive");
            for (SearchResult.Hit hit : hits) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:rights-archive:document:" + hit.id());
                element(xml, "title", hit.title().isBlank() ? hit.url() : hit.title());
                element(xml, "updated", updated(hit));
                if (hit.published() != null) {
                    element(xml, "published", updated(hit));
                }
                link(xml, "alternate", baseUrl + "/archive/" + hit.id(), "text/html");
                link(xml, "related", baseUrl + "/api/documents/" + hit.id(), "application/json");
                for (var topic : hit.topics()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", clean(topic.id()));
                    xml.writeAttribute("label", clean(topic.label()));
                }
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(clean(hit.snippet()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return buffer.toString();
    }

    private static String updated(SearchResult.Hit hit) {
        if (hit.published() == null) {
            return Instant.EPOCH.toString();
        }
        return LocalDate.parse(hit.published())
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", clean(href));
        xml.writeAttribute("type", type);
    }

    /** Drops characters XML 1.0 cannot represent. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(AtomFeed::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
