/**
 * The HTTP face of the archive: a Javalin server ({@link org.rightsarchive.web.ArchiveServer}) with the JSON search
 * API, document and person views, exports, Atom feeds, the OpenAPI description, the archived captures (sandboxed)
 * and the static web page. Talks to any {@link org.rightsarchive.search.SearchBackend}; never to Lucene directly.
 * Every text that came from a crawled page is treated as hostile: JSON carries it as data, HTML snippets arrive
 * escaped from the backend, feeds and exports escape or quote it, and archived pages are served sandboxed.
 */
package org.rightsarchive.web;
