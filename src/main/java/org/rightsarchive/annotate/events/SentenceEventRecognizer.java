package org.rightsarchive.annotate.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.dates.DateFinder;
import org.rightsarchive.annotate.dates.DateMention;
import org.rightsarchive.annotate.places.GazetteerPlaceRecognizer;
import org.rightsarchive.annotate.places.PlaceMention;
import org.rightsarchive.annotate.places.PlaceScanner;
import org.rightsarchive.annotate.text.Sentences;
import org.rightsarchive.annotate.text.StartFilteredMatches;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.ChineseScript;

/**
 * Reads events sentence by sentence: each trigger ({@link EventTriggers}) makes one event of its type, dated by the
 * nearest date of the sentence (years from the paragraph or the publication date), placed at the sentence's first
 * facility or place, with the people the sentence names (officials left out). A sentence without a name but with a
 * pronoun takes the person of the sentence before. A date separated from the trigger by "after", "following" or
 * "since" or by a semicolon dates another clause and is not used; in English a date that closely follows another
 * verb dates that verb ("tried them on July 10 and sentenced them on September 11"); an event that a time is counted
 * from ("four months after their trial") takes only a date of that phrase, else the main clause's date moved back
 * by the span ({@link TimeSpan}); one qualified by a relative year ("last
 * year's protests", 去年) is dated back from the publication. A date in parentheses that do not hold the trigger
 * is a source's ("RFA, 3 March 11") and dates nothing; one at the head of a sentence dates its main clause only up to
 * a semicolon. People paired "respectively" with a list of dates get
 * an event each, with their own date; people an exception right after the trigger names ("released all but Liu")
 * are left out of it; in English a name after the verb with a date of its own takes that date ("Ding Jiaxi was
 * detained on December 26, 2019, and Xu Zhiyong on February 15, 2020"), and a relative clause tells of the names
 * before it ({@link RelativeClause}). Detention and arrest in one sentence are one event (the first named) for the
 * same people.
 * Thread-safe.
 */
public final class SentenceEventRecognizer implements Recognizers.EventRecognizer {
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i)\\b(?:after|following|before(?! (?:the|a) [^,.;]{0,60}?\\bcourt\\b)|when)\\b" + "|之后|以后|后，|此前|之前");
    /** "On May 17, 1995, ..." at the head of a sentence or clause: the date of the main clause. */
    private static final Pattern MAIN_CLAUSE_DATE =
            Pattern.compile("(?i)(?:^|,\\s)(?:on|on or (?:about|around)|in)\\s+$");

    /**
     * "last year's worker protests", 去年工人抗议: the event belongs to a year counted back from the page's
     * publication, not to the date of the sentence it is named in (the trial of its organizers).
     */
    private static final Pattern YEARS_BEFORE_PUBLICATION = Pattern.compile(
            "(?i)(?:\\b(?<one>last year'?s?)|(?<two>the year before last'?s?))(?:\\s+[\\p{L}-]+){0,2}\\s+$"
                    + "|(?:(?<oneZh>去年)|(?<twoZh>前年))\\p{IsHan}{0,4}$");

    /** "after their trial", "since his detention": the trigger is the start of a time counted from it. */
    private static final Pattern COUNTED_FROM_EN =
            Pattern.compile("(?i)\\b(?:after|before|since|following)\\s+(?:[\\p{L}'-]+\\s+){0,2}$");
    /** 庭审将近四个月之后, 失踪翌日 ("the day after he disappeared"): the same in Chinese, the time word after the trigger. */
    private static final Pattern COUNTED_FROM_ZH = Pattern.compile("[^，,。；;]{0,8}?(?:之[后後]|以[后後]|之前|以前|翌日|次日|第二天|隔天)");

    /** A trial still to come when the sentence is told: "to face trial", "awaiting trial"; dated only after it. */
    private static final Pattern TRIAL_TO_COME = Pattern.compile(
            "(?i)\\b(?:to (?:face|stand)|await(?:s|ing)?|pending|ahead of)\\s+(?:(?:his|her|their|a)\\s+)?$");

    /** How far after its verb a date may stand and still be the verb's ("tried them as a group on December 19"). */
    private static final int FOLLOWING_DATE_REACH = 40;

    /** "... and on July 14 sentenced": a date that opens the next predicate, before its verb. */
    private static final Pattern NEXT_PREDICATE_DATE = Pattern.compile("(?i)(?:\\band|,)\\s+(?:on|in)\\s+$");

    /**
     * "released all but Liu", "released all the protesters except Wu": the people named after it are the ones the
     * trigger before it leaves out.
     */
    private static final Pattern EXCEPTED = Pattern.compile("\\b(?:all but|except(?: for)?|other than)\\b");

    /** A sentence that may pair its people with its dates in turn: only then are the two patterns below tried. */
    private static final Pattern RESPECTIVELY = Pattern.compile("\\brespectively\\b|分别|分別");

    private static final Pattern RESPECTIVELY_AFTER = Pattern.compile(",?\\s*respectively\\b");
    private static final Pattern RESPECTIVELY_BEFORE = Pattern.compile("分[别別][自于於在从從]?$");

    /** After a comma, a word that opens another clause rather than the next name of a list. */
    private static final Pattern OTHER_CLAUSE = Pattern.compile("\\s+(?!and\\b|or\\b)\\p{Ll}");

    /** What ends a clause in Chinese text. */
    private static final String CLAUSE_MARKS = "，；;";

    static final Pattern MALE_PRONOUN = Pattern.compile("(?i)\\b(?:he|him|his)\\b|他");
    static final Pattern FEMALE_PRONOUN = Pattern.compile("(?i)\\b(?:she|her|hers)\\b|她");
    static final Pattern PLURAL_PRONOUN = Pattern.compile("(?i)\\b(?:they|them|their)\\b|他们|她们");
    // The pronoun patterns run on most sentences of a page, each find() a try at every position: tried only where a
    // pronoun can begin (case-insensitive matching is ASCII-only, so both cases of its first letter).
    static final StartFilteredMatches.StartTest MALE_PRONOUN_STARTS = StartFilteredMatches.startingWith("hH他");
    static final StartFilteredMatches.StartTest FEMALE_PRONOUN_STARTS = StartFilteredMatches.startingWith("sShH她");
    static final StartFilteredMatches.StartTest PLURAL_PRONOUN_STARTS = StartFilteredMatches.startingWith("tT他她");
    /**
     * Words that make the next name the object of a call or a cause, not a party to the sentence's event: whole words,
     * as "formally arrested Ren Xin" holds a "for".
     */
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?i)(?:\\b(?:for|on behalf of|support of|colleagues?)\\b|声援)\\s*(?:their |his |her )?(?:\\w+ ){0,2}$"
                    // a call for the release of a list: "the release of Xu Zhiyong, Ding Jiaxi, Li Qiaochu and"
                    + "|\\b(?:release of|freedom of)\\s+(?:their |his |her )?(?:\\w+ )?"
                    + "(?-i:(?:[A-Z][\\w'-]*(?:,|,? and)? ){0,8})$|(?:要求释放|呼吁释放)[^，。；]{0,20}$");

    private final PlaceScanner places;

    public SentenceEventRecognizer(PlaceScanner places) {
        this.places = places;
    }

    /** The recognizer over the bundled gazetteer. */
    public static SentenceEventRecognizer standard() {
        return new SentenceEventRecognizer(PlaceScanner.standard());
    }

    @Override
    public List<Event> recognize(ExtractedPage page, List<Person> people, List<Place> pagePlaces) {
        Set<String> pageProvinces = new LinkedHashSet<>();
        pagePlaces.forEach(p -> pageProvinces.add(p.province()));
        Map<String, Event> events = new LinkedHashMap<>();
        List<String> previousPeople = List.of();
        for (Paragraph paragraph : page.paragraphs()) {
            List<DateMention> dates = null; // dates only serve triggers: found once a sentence of the paragraph has one
            Sentences.Sentence previous = null;
            for (Sentences.Sentence s : Sentences.split(paragraph.text())) {
                Sentences.Sentence before = previous;
                previous = s;
                List<EventTriggers.Trigger> triggers = EventTriggers.find(s.text());
                List<String> ids = peopleIn(s.text(), people);
                if (ids.isEmpty()) {
                    ids = byBareSurname(s.text(), people, previousPeople);
                }
                if (ids.isEmpty()) {
                    ids = byPronoun(s.text(), previousPeople, people);
                }
                if (!ids.isEmpty()) {
                    previousPeople = ids;
                }
                if (triggers.isEmpty()) {
                    continue;
                }
                if (dates == null) {
                    dates = DateFinder.findResolved(paragraph.text(), page.published());
                }
                List<PlaceMention> mentions = places.scan(s.text());
                Place sentencePlace = firstPlace(mentions, pageProvinces);
                // a call for release can only drop a release trigger: not asked of sentences without one
                boolean releaseCalled = triggers.stream().anyMatch(t -> t.type().equals("release"))
                        && EventTriggers.onlyCallsForRelease(s.text());
                Map<EventTriggers.Trigger, List<String>> byClause = clausePeople(s.text(), triggers, people, ids);
                // One event of a type for the same people; detention and arrest count as one type, unless the
                // arrest has a date of its own: "detained Wang on March 13, 2001, and arrested him on April 19".
                Set<String> done = new LinkedHashSet<>();
                Set<String> custodyDates = new LinkedHashSet<>();
                for (EventTriggers.Trigger t : triggers) {
                    List<String> sentencePeople = byClause.getOrDefault(t, ids);
                    Optional<RelativeClause> relative = RelativeClause.of(s.text(), t, people);
                    List<String> who = relative.map(RelativeClause::people)
                            .orElseGet(() -> withoutExcepted(s.text(), triggers, t, sentencePeople, people));
                    boolean custody = t.type().equals("detention") || t.type().equals("arrest");
                    boolean repeat = !done.add((custody ? "custody" : t.type()) + "|" + who);
                    boolean laterArrest = repeat && t.type().equals("arrest") && done.add("arrest|" + who);
                    if (repeat && !laterArrest) {
                        continue;
                    }
                    if (custody) {
                        done.add(t.type() + "|" + who);
                    }
                    if (t.type().equals("release") && releaseCalled) {
                        continue;
                    }
                    int yearsBack = yearsBeforePublication(s.text(), t.start());
                    List<DateMention> paragraphDates = dates;
                    Function<String, Place> placeAt = iso -> {
                        List<PlaceMention> where =
                                OtherTimeClause.placesOf(s, t, triggers, mentions, paragraphDates, iso);
                        Place place = where == mentions ? sentencePlace : firstPlace(where, pageProvinces);
                        // The facility of a sentence about another time is the main event's (the court that tries
                        // the organizers of last year's protests), not this one's.
                        return yearsBack > 0 && place != null && place.kind().equals("facility") ? null : place;
                    };
                    List<DateMention> mayDate = yearsBack > 0 ? List.of() : datesThatMayDate(s, t, dates);
                    if (relative.isPresent() && relative.get().before()) {
                        mayDate = relative.get().datesWithin(s, mayDate);
                    }
                    if (t.type().equals("trial")
                            && TRIAL_TO_COME
                                    .matcher(s.text())
                                    .region(0, t.start())
                                    .find()) {
                        // "the last of the lawyers seized in the July 2015 crackdown to face trial"
                        int after = s.start() + t.end();
                        mayDate =
                                mayDate.stream().filter(d -> d.start() >= after).toList();
                    }
                    if (yearsBack == 0 && !laterArrest) {
                        List<DateMention> each = respectiveDates(s, who, mayDate);
                        if (!each.isEmpty()) {
                            List<String> ordered = inOrderNamed(s.text(), who, people);
                            for (int k = 0; k < ordered.size(); k++) {
                                List<String> one = List.of(ordered.get(k));
                                done.add((custody ? "custody" : t.type()) + "|" + one);
                                add(
                                        events,
                                        t.type(),
                                        each.get(k).iso(),
                                        placeAt.apply(each.get(k).iso()),
                                        one,
                                        s.text());
                            }
                            continue;
                        }
                    }
                    if (yearsBack == 0 && !laterArrest && who.size() >= 2) {
                        Map<String, DateMention> own = gappedDates(s, t, triggers, who, people, mayDate);
                        for (Map.Entry<String, DateMention> e : own.entrySet()) {
                            List<String> one = List.of(e.getKey());
                            done.add((custody ? "custody" : t.type()) + "|" + one);
                            add(
                                    events,
                                    t.type(),
                                    e.getValue().iso(),
                                    placeAt.apply(e.getValue().iso()),
                                    one,
                                    s.text());
                        }
                        if (!own.isEmpty()) {
                            who = who.stream()
                                    .filter(id -> !own.containsKey(id))
                                    .toList();
                        }
                    }
                    String iso;
                    if (yearsBack > 0) {
                        // undated rather than dated by the sentence's other date when the page has no date
                        iso = page.published() == null
                                ? null
                                : Integer.toString(page.published().getYear() - yearsBack);
                    } else {
                        DateMention date = nearestDate(s, t, triggers, mayDate);
                        if (date == null && custody && before != null && isSceneDetention(s.text(), t)) {
                            date = sceneDate(before, s, dates);
                        }
                        iso = date == null ? null : date.iso();
                        Optional<TimeSpan> span = TimeSpan.fromEarlier(s.text(), t);
                        if (span.isPresent()) {
                            // "detained on March 4 ... released twenty days later"; "On June 3, police detained
                            // Wang. Two weeks later, the court sentenced him."
                            DateMention from = date != null ? date : eventScene(before, s, dates);
                            if (from != null && from.end() <= s.start() + t.start()) {
                                iso = span.get().from(from);
                            }
                        } else if (iso == null) {
                            // "On May 9, 2003, almost four months after their trial, the court found ..."
                            Optional<TimeSpan.CountedFrom> counted = TimeSpan.countedFrom(s.text(), t);
                            if (counted.isPresent()) {
                                DateMention main = mainClauseDate(s, counted.get(), dates);
                                iso = main == null ? null : counted.get().span().from(main);
                            }
                        }
                    }
                    if (laterArrest && (iso == null || custodyDates.contains(who + "|" + iso))) {
                        continue;
                    }
                    if (custody && iso != null) {
                        custodyDates.add(who + "|" + iso);
                    }
                    add(events, t.type(), iso, placeAt.apply(iso), who, s.text());
                }
            }
        }
        return dropVaguerRepeats(new ArrayList<>(events.values()));
    }

    /** A detention told in English as a past act: "Security officials beat and detained them." */
    private static final Pattern CUSTODY_VERB = Pattern.compile(
            "(?i)detained|apprehended|captured|seized|rounded up|abducted|into custody|arrested|formally arrested");

    /** Words that put the sentence at another time than the one before: "He was later formally arrested." */
    private static final Pattern TIME_SHIFT = Pattern.compile("(?i)\\b(?:later|subsequently|afterwards?|eventually|then"
            + "|after|before|since|previously|earlier|again|currently|still|now|often|repeatedly|serially|next|following"
            + "|thereafter|have|has)\\b");

    private static boolean isSceneDetention(String sentence, EventTriggers.Trigger t) {
        return ChineseScript.hanCount(sentence) == 0
                && CUSTODY_VERB.matcher(sentence).region(t.start(), t.end()).matches()
                && !TIME_SHIFT.matcher(sentence).find();
    }

    /**
     * The one date of the sentence before, when the sentence of an undated detention has no date and no word that
     * moves it in time: the scene it happened in. "On May 14, 2008, scores of nuns ... attempted to stage a protest
     * march. Security officials beat and detained them." dates the detention May 14.
     */
    private static DateMention sceneDate(Sentences.Sentence before, Sentences.Sentence s, List<DateMention> dates) {
        DateMention scene = null;
        String text = before.text();
        for (DateMention d : dates) {
            if (d.start() >= s.start() && d.start() < s.start() + s.text().length()) {
                return null; // the sentence has a date of its own, if none for this trigger
            }
            if (d.start() < before.start() || d.end() > before.start() + text.length()) {
                continue;
            }
            int at = d.start() - before.start();
            if (inParentheses(text, at) || datesAReportOrAPlan(text, at, d.end() - before.start())) {
                continue;
            }
            if (d.year() == null || scene != null && !scene.iso().equals(d.iso())) {
                return null;
            }
            scene = d;
        }
        return scene;
    }

    /**
     * The date of the main clause of a sentence whose trigger a span is counted from: the nearest one before the
     * span's phrase ("On May 9, 2003, almost four months after their trial"), else the first after it (他失踪翌日，即3月18日).
     */
    private static DateMention mainClauseDate(
            Sentences.Sentence s, TimeSpan.CountedFrom phrase, List<DateMention> dates) {
        DateMention before = null;
        DateMention after = null;
        String text = s.text();
        for (DateMention d : dates) {
            int at = d.start() - s.start();
            int end = d.end() - s.start();
            if (at < 0 || end > text.length() || d.year() == null) {
                continue;
            }
            if (inParentheses(text, at) || datesAReportOrAPlan(text, at, end)) {
                continue;
            }
            if (end <= phrase.start() && (before == null || d.end() > before.end())) {
                before = d;
            } else if (at >= phrase.end() && (after == null || d.start() < after.start())) {
                after = d;
            }
        }
        return before != null ? before : after;
    }

    /** The {@link #sceneDate} of a sentence before that tells of an event: not "He was born on April 25, 1989." */
    private static DateMention eventScene(Sentences.Sentence before, Sentences.Sentence s, List<DateMention> dates) {
        if (before == null || EventTriggers.find(before.text()).isEmpty()) {
            return null;
        }
        return sceneDate(before, s, dates);
    }

    private static void add(
            Map<String, Event> events, String type, String iso, Place at, List<String> who, String evidence) {
        // "taken into custody in August 2015 ... and sentenced by the Tianjin No. 2 Intermediate People's Court": a
        // court is where a trial or sentence took place, not a detention; its province still says where
        String place = at == null || COURT_NOT_WHERE.contains(type) && isCourt(at) ? null : at.name();
        Event e = new Event(type, iso, null, place, at == null ? null : at.province(), who, evidence);
        events.putIfAbsent(type + "|" + iso + "|" + who, e);
    }

    /** Events that do not take place in a court (a protest may: "protesting outside the Weifang ... Court"). */
    private static final Set<String> COURT_NOT_WHERE =
            Set.of("detention", "arrest", "release", "disappearance", "house-arrest");

    private static final Pattern COURT = Pattern.compile("(?i)\\bcourt\\b|法院");

    private static boolean isCourt(Place p) {
        return p.kind().equals("facility") && COURT.matcher(p.name()).find();
    }

    /**
     * The sentence's dates, one for each of the trigger's people in turn, when it pairs them "respectively" (姚福信和萧云良
     * 分别自2002年3月17日和3月20日起被羁押; "were detained on March 19 and March 21, respectively"): as many dates as
     * people, none in parentheses, written as one list. Empty when the sentence pairs nothing.
     */
    private static List<DateMention> respectiveDates(Sentences.Sentence s, List<String> who, List<DateMention> dates) {
        if (who.size() < 2 || !RESPECTIVELY.matcher(s.text()).find()) {
            return List.of();
        }
        List<DateMention> own = new ArrayList<>();
        for (DateMention d : dates) {
            int at = d.start() - s.start();
            if (at >= 0 && d.end() <= s.start() + s.text().length() && !inParentheses(s.text(), at)) {
                if (d.year() == null) {
                    return List.of();
                }
                own.add(d);
            }
        }
        if (own.size() != who.size()) {
            return List.of();
        }
        // The word stands at the list: "on March 17 and March 20, respectively", 分别自3月17日和3月20日起
        String text = s.text();
        int first = own.get(0).start() - s.start();
        int last = own.get(own.size() - 1).end() - s.start();
        if (!RESPECTIVELY_AFTER.matcher(text).region(last, text.length()).lookingAt()
                && !RESPECTIVELY_BEFORE
                        .matcher(text)
                        .region(Math.max(0, first - 4), first)
                        .find()) {
            return List.of();
        }
        // "tried Guo and Xiao on November 10, and sentenced them on February 1 to 13 and 6 years, respectively"
        // pairs the terms, not the dates: the dates must be one list
        for (int k = 1; k < own.size(); k++) {
            String gap =
                    text.substring(own.get(k - 1).end() - s.start(), own.get(k).start() - s.start());
            if (!DateFinder.isListGap(gap)) {
                return List.of();
            }
        }
        return own;
    }

    /** Between a name and the date of its own that English gapping gives it: "..., and Xu Zhiyong on February 15". */
    private static final Pattern GAPPED_DATE =
            Pattern.compile(",?\\s+(?:on|in)\\s+(?:or (?:about|around)\\s+)?|\\s+(?:around|about|approximately)\\s+");

    /** A verb other than the trigger, which a gapped name would belong to ("releasing"); not a name ("Ding"). */
    private static final Pattern OTHER_VERB = Pattern.compile("\\b[a-z]+(?:ing|ed)\\b");

    /** Between two names of one list: "Qin and Yang Liyan on November 25". */
    private static final Pattern NAME_LIST_GAP = Pattern.compile("(?:,\\s*|\\s+)(?:and\\s+)?");

    /**
     * The trigger's people who have a date of their own in an English sentence that leaves out the verb the second
     * time ("Ding Jiaxi was detained on December 26, 2019, and Xu Zhiyong on February 15, 2020"; "released Zhang on
     * November 14, and Qin and Yang Liyan on November 25"): names after the trigger, with no other trigger between,
     * followed right away by "on" or "in" and a dated mention other than the one the trigger is dated by, and the
     * names listed right before such a name.
     */
    private static Map<String, DateMention> gappedDates(
            Sentences.Sentence s,
            EventTriggers.Trigger t,
            List<EventTriggers.Trigger> triggers,
            List<String> who,
            List<Person> people,
            List<DateMention> dates) {
        String text = s.text();
        if (ChineseScript.hanCount(text) > 0 || dates.size() < 2) {
            return Map.of();
        }
        int reach = triggers.stream()
                .filter(o -> o.start() >= t.end())
                .mapToInt(EventTriggers.Trigger::start)
                .min()
                .orElse(text.length());
        DateMention triggerDate = nearestDate(s, t, triggers, dates);
        // where each of the trigger's people is named after it, up to the next trigger: offset -> [end, id]
        Map<Integer, int[]> named = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (Person p : people) {
            if (!who.contains(p.id())) {
                continue;
            }
            ids.add(p.id());
            for (String form : p.names()) {
                for (int i = text.indexOf(form, t.end()); i >= 0 && i < reach; i = text.indexOf(form, i + 1)) {
                    int end = i + form.length();
                    int[] other = named.get(i);
                    if (other == null || other[0] < end) {
                        named.put(i, new int[] {end, ids.size() - 1}); // the longest name at an offset
                    }
                }
            }
        }
        Map<String, DateMention> own = new LinkedHashMap<>();
        List<Map.Entry<Integer, int[]>> inOrder = new ArrayList<>();
        for (Map.Entry<Integer, int[]> n : named.entrySet()) {
            if (inOrder.isEmpty() || n.getKey() >= inOrder.getLast().getValue()[0]) {
                inOrder.add(n); // not a surname inside a full name named already
            }
        }
        for (int k = inOrder.size() - 1; k >= 0; k--) {
            int end = inOrder.get(k).getValue()[0];
            String id = ids.get(inOrder.get(k).getValue()[1]);
            DateMention date = null;
            Matcher gap = GAPPED_DATE.matcher(text).region(end, text.length());
            boolean sameVerb = !OTHER_VERB
                    .matcher(text)
                    .region(t.end(), inOrder.get(k).getKey())
                    .find();
            if (!sameVerb) {
                continue; // "arrested them on August 6, releasing Zheng on October 20, and Wang on November 5"
            }
            if (gap.lookingAt()) {
                for (DateMention d : dates) {
                    if (d.start() == s.start() + gap.end() && d != triggerDate && d.year() != null) {
                        date = d;
                    }
                }
            } else if (k + 1 < inOrder.size()) {
                // "Qin and Yang Liyan on November 25": the date of the next name, if this one is listed with it
                int next = inOrder.get(k + 1).getKey();
                Matcher list = NAME_LIST_GAP.matcher(text).region(end, next);
                if (list.matches()) {
                    date = own.get(ids.get(inOrder.get(k + 1).getValue()[1]));
                }
            }
            if (date != null) {
                own.putIfAbsent(id, date);
            }
        }
        Map<String, DateMention> inSentenceOrder = new LinkedHashMap<>();
        for (Map.Entry<Integer, int[]> n : inOrder) {
            String id = ids.get(n.getValue()[1]);
            if (own.containsKey(id)) {
                inSentenceOrder.putIfAbsent(id, own.get(id));
            }
        }
        return inSentenceOrder;
    }

    /** The people in the order the sentence first names them. */
    private static List<String> inOrderNamed(String sentence, List<String> who, List<Person> people) {
        String simplified = ChineseScript.toSimplified(sentence);
        Map<String, Integer> first = new LinkedHashMap<>();
        for (Person p : people) {
            if (!who.contains(p.id())) {
                continue;
            }
            int at = Integer.MAX_VALUE;
            for (String form : p.names()) {
                boolean han = ChineseScript.hanCount(form) > 0;
                int i = (han ? simplified : sentence).indexOf(han ? ChineseScript.toSimplified(form) : form);
                if (i >= 0) {
                    at = Math.min(at, i);
                }
            }
            first.put(p.id(), at);
        }
        return who.stream()
                .sorted(Comparator.comparingInt(id -> first.getOrDefault(id, Integer.MAX_VALUE)))
                .toList();
    }

    /**
     * The trigger's people less those an exception right after it leaves out ("released all but Liu on bail",
     * "released the students within 48 hours except 7 boys: Drolma Kyab, ..."). The exception must follow the
     * trigger in its clause, with no other trigger and no comma between them: in "three days after detention,
     * authorities ordered all of the detainees except Zhao" Zhao was detained with the others.
     */
    private static List<String> withoutExcepted(
            String sentence,
            List<EventTriggers.Trigger> triggers,
            EventTriggers.Trigger t,
            List<String> who,
            List<Person> people) {
        if (who.isEmpty()) {
            return who;
        }
        Matcher m = EXCEPTED.matcher(sentence);
        if (!m.find(t.end())) {
            return who;
        }
        for (int i = t.end(); i < m.start(); i++) {
            if (sentence.charAt(i) == ',' || sentence.charAt(i) == ';') {
                return who;
            }
        }
        if (triggers.stream().anyMatch(o -> o.start() >= t.end() && o.start() < m.start())) {
            return who;
        }
        List<String> excepted = peopleIn(sentence.substring(m.end(), exceptionEnd(sentence, m.end(), people)), people);
        List<String> kept = who.stream().filter(id -> !excepted.contains(id)).toList();
        return kept.size() == who.size() ? who : kept;
    }

    /**
     * Where the people an exception names end: at a semicolon, at a comma that opens another clause (", but on June
     * 4"), or at a colon, unless what stands before the colon is only their count ("all but five villagers: ...").
     */
    private static int exceptionEnd(String sentence, int from, List<Person> people) {
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == ';') {
                return i;
            }
            if (c == ':' && !peopleIn(sentence.substring(from, i), people).isEmpty()) {
                return i;
            }
            if (c == ','
                    && OTHER_CLAUSE
                            .matcher(sentence)
                            .region(i + 1, sentence.length())
                            .lookingAt()) {
                return i;
            }
        }
        return sentence.length();
    }

    /**
     * The person a bare surname means ("Liu, 53, was taken from his home"), when the page's names do not settle it
     * (Liu Xiaobo and his wife Liu Xia): the one person of that surname, else the one detainee among them.
     */
    private static List<String> byBareSurname(String sentence, List<Person> people, List<String> previous) {
        List<Person> bearers = new ArrayList<>();
        for (Person p : people) {
            int space = p.name().indexOf(' ');
            if (p.role().equals("official") || space <= 0 || ChineseScript.hanCount(p.name()) > 0) {
                continue;
            }
            String surname = p.name().substring(0, space);
            for (int i = sentence.indexOf(surname); i >= 0; i = sentence.indexOf(surname, i + 1)) {
                int end = i + surname.length();
                boolean word = (i == 0 || !Character.isLetter(sentence.charAt(i - 1)))
                        && (end == sentence.length() || !Character.isLetter(sentence.charAt(end)));
                // "Liu Xia" names someone else; "Liu," or "Liu was" is the bare surname
                if (word && !givenNameFollows(sentence, end)) {
                    bearers.add(p);
                    break;
                }
            }
        }
        if (bearers.size() == 1) {
            return List.of(bearers.get(0).id());
        }
        List<String> detainees = bearers.stream()
                .filter(p -> p.role().equals("detainee"))
                .map(Person::id)
                .toList();
        if (detainees.size() == 1) {
            return detainees;
        }
        // two detainees: "Liu" right after a sentence about Liu Xiaobo alone is Liu Xiaobo, though Liu Xia is on the
        // page too; not after a list ("colleagues are Wang Yu, Zhou Shifeng and Wang Quanzhang")
        boolean justNamed = previous.size() == 1 && bearers.stream().anyMatch(p -> p.id().equals(previous.get(0)));
        return justNamed ? previous : List.of();
    }

    /**
     * The people of each trigger's own clause, where a Chinese sentence tells of different people clause by clause
     * (判处许志永有期徒刑十四年，判处丁家喜有期徒刑十二年): at least two triggers whose clauses (between ， and
     * ；) name different people. Empty otherwise: then every trigger has the sentence's people. Chinese lists names
     * with 、 and 和; English commas also list names, so English sentences are never split.
     */
    private static Map<EventTriggers.Trigger, List<String>> clausePeople(
            String sentence, List<EventTriggers.Trigger> triggers, List<Person> people, List<String> sentencePeople) {
        if (triggers.size() < 2 || sentencePeople.size() < 2 || ChineseScript.hanCount(sentence) == 0) {
            return Map.of();
        }
        Map<EventTriggers.Trigger, List<String>> out = new LinkedHashMap<>();
        Set<List<String>> distinct = new LinkedHashSet<>();
        for (EventTriggers.Trigger t : triggers) {
            List<String> named = peopleIn(
                    sentence.substring(clauseStart(sentence, t.start()), clauseEnd(sentence, t.end())), people);
            if (!named.isEmpty()) {
                out.put(t, named);
                distinct.add(named);
            }
        }
        return distinct.size() >= 2 ? out : Map.of();
    }

    /** Where the Chinese clause holding {@code at} starts: after the ，, ； or ; before it. */
    private static int clauseStart(String sentence, int at) {
        int from = at;
        while (from > 0 && CLAUSE_MARKS.indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** Where the Chinese clause holding {@code at} ends: at the next ，, ； or ;. */
    private static int clauseEnd(String sentence, int at) {
        int to = at;
        while (to < sentence.length() && CLAUSE_MARKS.indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        return to;
    }

    /** Whether a capitalized word follows at {@code at} ("Liu Xia", "Liu Xiao-bo"): a given name, not a bare surname. */
    private static boolean givenNameFollows(String sentence, int at) {
        return at + 1 < sentence.length()
                && (sentence.charAt(at) == ' ' || sentence.charAt(at) == '-')
                && Character.isUpperCase(sentence.charAt(at + 1));
    }

    /** The people of the sentence before, when a pronoun of this one can mean them. */
    private static List<String> byPronoun(String sentence, List<String> previous, List<Person> people) {
        if (previous.isEmpty()) {
            return previous;
        }
        boolean plural = StartFilteredMatches.first(PLURAL_PRONOUN, sentence, PLURAL_PRONOUN_STARTS)
                .isPresent();
        if (plural && EventTriggers.countsGroup(sentence)) {
            return List.of(); // "detained 20 additional Tibetans ... released them": the group, not those before
        }
        boolean male = !plural
                && StartFilteredMatches.first(MALE_PRONOUN, sentence, MALE_PRONOUN_STARTS)
                        .isPresent();
        boolean female = !plural
                && StartFilteredMatches.first(FEMALE_PRONOUN, sentence, FEMALE_PRONOUN_STARTS)
                        .isPresent();
        if (plural && previous.size() > 1) {
            return previous;
        }
        if (!(male || female) || previous.size() != 1) {
            return List.of();
        }
        String id = previous.get(0);
        String gender = people.stream()
                .filter(p -> p.id().equals(id) && p.gender() != null)
                .map(Person::gender)
                .findFirst()
                .orElse(null);
        if (gender != null && (male && gender.equals("female") || female && gender.equals("male"))) {
            return List.of();
        }
        return previous;
    }

    private static List<String> peopleIn(String sentence, List<Person> people) {
        List<String> ids = new ArrayList<>();
        String simplified = ChineseScript.toSimplified(sentence);
        for (Person p : people) {
            if (p.role().equals("official")) {
                continue;
            }
            for (String form : p.names()) {
                if (containsName(sentence, simplified, form)) {
                    ids.add(p.id());
                    break;
                }
            }
        }
        return ids;
    }

    /** Whether the sentence names the person other than as the object of a call ("the release of Yao Fuxin"). */
    private static boolean containsName(String sentence, String simplified, String form) {
        boolean han = ChineseScript.hanCount(form) > 0;
        String text = han ? simplified : sentence;
        String f = han ? ChineseScript.toSimplified(form) : form;
        for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
            int end = i + f.length();
            boolean leftOk = han || i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean rightOk = han || end == text.length() || !Character.isLetter(text.charAt(end));
            if (leftOk
                    && rightOk
                    && !ON_BEHALF
                            .matcher(text.substring(Math.max(0, i - 40), i))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    private static Place firstPlace(List<PlaceMention> mentions, Set<String> pageProvinces) {
        PlaceMention chosen = null;
        for (PlaceMention m : mentions) {
            if (m.facility() != null) {
                chosen = m;
                break;
            }
        }
        for (int i = 0; i < mentions.size() && chosen == null; i++) {
            if (mentions.get(i).candidates().get(0).level() > 0) {
                chosen = mentions.get(i);
            }
        }
        if (chosen == null && !mentions.isEmpty()) {
            chosen = mentions.get(0);
        }
        return chosen == null
                ? null
                : GazetteerPlaceRecognizer.resolve(
                        chosen, GazetteerPlaceRecognizer.namedProvinces(mentions, chosen), pageProvinces);
    }

    /**
     * How many years before the page's publication a relative year qualifying the trigger puts its event ("last
     * year's protests": 1); 0 when none does.
     */
    static int yearsBeforePublication(String sentence, int triggerStart) {
        Matcher m = YEARS_BEFORE_PUBLICATION.matcher(sentence).region(Math.max(0, triggerStart - 40), triggerStart);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return 0;
        }
        return m.group("one") != null || m.group("oneZh") != null ? 1 : 2;
    }

    /**
     * The dates that may date a trigger: all of them, unless the trigger is what a time phrase counts from ("four
     * months after their trial", 在庭审将近四个月之后); then only the dates inside that phrase, as the others date
     * the main clause.
     */
    static List<DateMention> datesThatMayDate(Sentences.Sentence s, EventTriggers.Trigger t, List<DateMention> dates) {
        String text = s.text();
        int from;
        int to;
        Matcher english = COUNTED_FROM_EN.matcher(text).region(Math.max(0, t.start() - 40), t.start());
        english.useTransparentBounds(true);
        if (english.find()) {
            from = english.start();
            to = text.length();
        } else {
            Matcher chinese = COUNTED_FROM_ZH.matcher(text).region(t.end(), text.length());
            if (!chinese.lookingAt()) {
                return dates;
            }
            from = Math.max(text.lastIndexOf('，', t.start()), text.lastIndexOf(',', t.start())) + 1;
            to = chinese.end();
        }
        List<DateMention> inside = new ArrayList<>();
        for (DateMention d : dates) {
            if (d.start() >= s.start() + from && d.end() <= s.start() + to) {
                inside.add(d);
            }
        }
        return inside;
    }

    /**
     * The date of the sentence nearest to the trigger, unless a clause break stands between them. A date that follows
     * another trigger closely dates that one ("tried them on December 19 and sentenced Chen ... on April 10, 2007"):
     * it counts for this trigger only when no other date does.
     */
    private static DateMention nearestDate(
            Sentences.Sentence s,
            EventTriggers.Trigger t,
            List<EventTriggers.Trigger> triggers,
            List<DateMention> dates) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int triggerStart = s.start() + t.start();
        int triggerEnd = s.start() + t.end();
        String text = s.text();
        // Chinese puts a verb's date before it, so a date after another verb dates that one only in English
        boolean english = ChineseScript.hanCount(text) == 0;
        if (english) {
            DateMention own = ownDate(s, t, triggers, dates);
            if (own != null) {
                return own;
            }
        }
        for (DateMention d : dates) {
            if (d.start() < s.start() || d.end() > s.start() + text.length() || d.year() == null) {
                continue;
            }
            if (citesSource(text, t, d.start() - s.start())
                    || datesAReportOrAPlan(text, d.start() - s.start(), d.end() - s.start())) {
                continue; // "(RFA, 3 March 11)": when the event was reported, not when it happened
            }
            if (!t.type().equals("release")
                    && UNTIL.matcher(text.substring(Math.max(0, d.start() - s.start() - 20), d.start() - s.start()))
                            .find()) {
                continue; // "held in Qushui Prison until his March 12, 2018, release": when it ended
            }
            int from = Math.min(d.end(), triggerEnd) - s.start();
            int to = Math.max(d.start(), triggerStart) - s.start();
            // "On January 7, the procuratorate approved their arrest; on August 26, the court tried them": the
            // head of a sentence dates its main clause, not one after a semicolon
            boolean mainClause = d.end() <= triggerStart
                    && MAIN_CLAUSE_DATE
                            .matcher(text.substring(Math.max(0, d.start() - s.start() - 25), d.start() - s.start()))
                            .find()
                    && !semicolonBetween(text, from, to);
            if (mainClause && (best == null || best.month() == null || d.month() != null)) {
                best = d;
                bestDistance = -1;
                continue;
            }
            if (bestDistance < 0) {
                continue;
            }
            if (from < to
                    && (CLAUSE_BREAK.matcher(text.substring(from, to)).find() || semicolonBetween(text, from, to))) {
                continue;
            }
            if (english
                    && d.start() >= triggerEnd
                    && SINCE_CLAUSE
                            .matcher(text)
                            .region(t.end(), d.start() - s.start())
                            .find()) {
                continue; // "the first laureate to die in state custody since Carl von Ossietzky died ... in 1938"
            }
            if (english && d.start() >= triggerEnd && ownDateOfALaterClause(text, d.start() - s.start(), t, triggers)) {
                continue; // "the first to die in state custody since Carl von Ossietzky, who died ... in 1938"
            }
            int distance = d.end() <= triggerStart ? triggerStart - d.end() : Math.abs(d.start() - triggerEnd);
            if (english
                    && (d.end() <= triggerStart
                            ? datesAnotherTrigger(text, d.start() - s.start(), t, triggers)
                            : opensNextPredicate(text, d.start() - s.start(), d.end() - s.start(), t, triggers))) {
                distance += 500;
            }
            // A day or month beats a bare year, but not from a date that dates another verb: in "tried by the
            // Nanshan court in 1996 and sentenced to 12 years on April 15, 1997" the trial stays in 1996.
            boolean fromAnotherVerb = distance >= 500 && bestDistance < 500;
            if (d.month() != null
                    && (distance < bestDistance || best != null && best.month() == null && !fromAnotherVerb)) {
                best = d;
                bestDistance = distance;
            } else if (best == null) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether the date at {@code dateStart}, before trigger {@code t}, closely follows a trigger of another type, as a
     * date follows its verb in English ("tried on December 19"); asked of English sentences only.
     */
    private static boolean datesAnotherTrigger(
            String text, int dateStart, EventTriggers.Trigger t, List<EventTriggers.Trigger> triggers) {
        if (NEXT_PREDICATE_DATE
                .matcher(text.substring(Math.max(0, dateStart - 12), dateStart))
                .find()) {
            return false;
        }
        for (EventTriggers.Trigger other : triggers) {
            if (other.type().equals(t.type())
                    || other.end() > dateStart
                    || dateStart - other.end() > FOLLOWING_DATE_REACH) {
                continue;
            }
            int comma = text.indexOf(',', other.end());
            if (comma < 0 || comma >= dateStart) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date between {@code dateStart} and {@code dateEnd}, after trigger {@code t}, opens the next predicate
     * ("held a trial, and on October 12, sentenced Zhou"): it dates the verb right after it, not {@code t}.
     */
    private static boolean opensNextPredicate(
            String text, int dateStart, int dateEnd, EventTriggers.Trigger t, List<EventTriggers.Trigger> triggers) {
        if (!NEXT_PREDICATE_DATE
                .matcher(text.substring(Math.max(0, dateStart - 12), dateStart))
                .find()) {
            return false;
        }
        for (EventTriggers.Trigger other : triggers) {
            if (!other.type().equals(t.type())
                    && other.start() >= dateEnd
                    && other.start() - dateEnd <= FOLLOWING_DATE_REACH) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a semicolon outside parentheses stands between {@code from} and {@code to}: it ends one predicate ("he
     * was sentenced to three years; he was released on May 9, 1998"), where one within parentheses lists sources.
     */
    private static boolean semicolonBetween(String text, int from, int to) {
        for (int i = text.indexOf(';', from); i >= 0 && i < to; i = text.indexOf(';', i + 1)) {
            if (!inParentheses(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Between an English verb and its own date: "released him on May 20", "sentenced Wang Xin to seven years in
     * prison on August 6", "released both on bail in 2015".
     */
    private static final Pattern OWN_DATE_GAP = Pattern.compile(
            "(?:\\s+(?:him|her|them|both|each|all \\w+|the \\w+|[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,2}))?"
                    + "(?:\\s+(?:again|later|also|then|subsequently))?"
                    + "(?:\\s+on bail|\\s+to [^,;.()]{1,40}?)?"
                    + "(?:\\s+(?:by|before|at) (?:the |a )?(?:[^,;.()]|\\bNo\\.){1,60}?\\b(?:[Cc]ourt|[Pp]rocuratorate))?,?"
                    + "\\s+(?:on|in|on or (?:about|around))\\s+");

    /** Before a date that heads a later clause: "tried them, and on December 22, 2016, sentenced them". */
    private static final Pattern LATER_CLAUSE_HEAD =
            Pattern.compile("(?:\\band|,)\\s+(?:on|in|on or (?:about|around))\\s+$");

    /** From the later clause's date to its verb: "..., the same court sentenced", "..., sentenced". */
    private static final Pattern LATER_CLAUSE_GAP = Pattern.compile(",?\\s+(?:[^;.()]{0,80}?\\s)?");

    /**
     * The date an English trigger is written with: right after it and its object ("On May 17, police detained Wang
     * and released him on May 20" dates the release May 20, whatever the head of the sentence says), else at the
     * head of the trigger's own later clause ("On October 14, the court tried them and on December 22, sentenced
     * them"), with no other trigger between. Null when the trigger has no date of its own.
     */
    private static DateMention ownDate(
            Sentences.Sentence s,
            EventTriggers.Trigger t,
            List<EventTriggers.Trigger> triggers,
            List<DateMention> dates) {
        String text = s.text();
        DateMention before = null;
        for (DateMention d : dates) {
            int at = d.start() - s.start();
            if (at < 0 || d.end() > s.start() + text.length() || d.year() == null) {
                continue;
            }
            if (d.end() - s.start() <= t.start()) {
                before = d;
                continue;
            }
            if (at >= t.end()) {
                if (OWN_DATE_GAP.matcher(text).region(t.end(), at).matches() && !citesSource(text, t, at)) {
                    return d;
                }
                break; // only the first date after the trigger can be its own
            }
        }
        if (before == null) {
            return null;
        }
        int at = before.start() - s.start();
        int end = before.end() - s.start();
        boolean heads = LATER_CLAUSE_HEAD
                        .matcher(text.substring(Math.max(0, at - 20), at))
                        .find()
                && LATER_CLAUSE_GAP.matcher(text).region(end, t.start()).matches()
                && triggers.stream().noneMatch(o -> o != t && o.start() >= end && o.start() < t.start())
                && !citesSource(text, t, at);
        return heads ? before : null;
    }

    /**
     * A clause counted from: "since" and a clause of its own ("since Carl von Ossietzky died under Nazi guard in"),
     * not a date or a short phrase ("held since March 2010", "since his detention in").
     */
    private static final Pattern SINCE_CLAUSE = Pattern.compile("\\bsince\\s+(?:\\S+\\s+){4,}");

    /** What opens another clause between two verbs: "..., who died", "since". */
    private static final Pattern ANOTHER_CLAUSE = Pattern.compile("[,;(]|\\b(?:who|whom|whose|which|since|while)\\b");

    /**
     * Whether the date after trigger {@code t} is the own date of a later trigger in another clause: "Liu is the first
     * laureate to die in state custody since Carl von Ossietzky, who died in Nazi custody in 1938". Not of one joined
     * to it ("tried and sentenced him on August 4" dates both), nor of one of the same type outside a relative clause
     * ("convicted them ..., sentencing them on July 13" tells one sentence).
     */
    private static boolean ownDateOfALaterClause(
            String text, int dateStart, EventTriggers.Trigger t, List<EventTriggers.Trigger> triggers) {
        for (EventTriggers.Trigger o : triggers) {
            if (o.start() >= t.end()
                    && o.end() <= dateStart
                    && OWN_DATE_GAP.matcher(text).region(o.end(), dateStart).matches()
                    && ANOTHER_CLAUSE.matcher(text).region(t.end(), o.start()).find()
                    && (!o.type().equals(t.type()) || RelativeClause.opens(text, o.start()))) {
                return true;
            }
        }
        return false;
    }

    /** "Trial, initially scheduled for May 6, 2015, ... took place on September 18": a date planned, not kept. */
    private static final Pattern PLANNED_FOR = Pattern.compile(
            "(?i)\\b(?:scheduled|set|planned|slated|postponed|adjourned)\\s+(?:for|to|from|until)\\s+$");

    /** Before a date that ends what the sentence tells. */
    private static final Pattern UNTIL = Pattern.compile("(?i)\\buntil\\s+(?:(?:his|her|their)\\s+)?(?:on\\s+)?$");

    /** "According to an August 2002 Reuters report", "Based on September 4, 2012, RFA, TCHRD, and Phayul reports". */
    private static final Pattern SOURCE_BEFORE =
            Pattern.compile("(?i)(?:\\b(?:according to|based on|citing)\\s+(?:an?\\s+|the\\s+)?"
                    + "|(?:\\bin|\\band|,)\\s+(?:an?|the)\\s+)$");

    private static final Pattern SOURCE_AFTER = Pattern.compile(",?\\s+(?:[\\w'’.-]+,?\\s+(?:and\\s+)?){0,4}?"
            + "(?:reports?|article|judgment|verdict|statement|interview|notice|press release|broadcast)\\b");

    private static final Pattern REPORTED_ON = Pattern.compile(
            "(?i)\\b(?:reported|said|stated|announced|wrote|confirmed|learned|disclosed|revealed|noted)\\s+(?:on|in)\\s+$");
    private static final Pattern THAT_FOLLOWS = Pattern.compile(",?\\s+that\\b");

    /**
     * Whether the date is that of a report whose clause tells the event ("Phayul reported in August 2009 that a Lhasa
     * court sentenced Lodroe", "64tianwang reported on April 2, 2013, that Yao was released ... on March 29, 2013"),
     * or one an event was planned for ("initially scheduled for May 6"), or a source's ("an August 2002 Reuters
     * report").
     */
    private static boolean datesAReportOrAPlan(String text, int dateStart, int dateEnd) {
        if (PLANNED_FOR
                .matcher(text.substring(Math.max(0, dateStart - 30), dateStart))
                .find()) {
            return true;
        }
        if (SOURCE_AFTER.matcher(text).region(dateEnd, text.length()).lookingAt()
                && SOURCE_BEFORE
                        .matcher(text.substring(Math.max(0, dateStart - 20), dateStart))
                        .find()) {
            return true;
        }
        return THAT_FOLLOWS.matcher(text).region(dateEnd, text.length()).lookingAt()
                && REPORTED_ON
                        .matcher(text.substring(Math.max(0, dateStart - 40), dateStart))
                        .find();
    }

    /** Whether the date stands in parentheses that do not hold the trigger too: a source's date. */
    private static boolean citesSource(String text, EventTriggers.Trigger t, int dateStart) {
        return inParentheses(text, dateStart)
                && !(inParentheses(text, t.start())
                        && text.lastIndexOf('(', t.start()) == text.lastIndexOf('(', dateStart));
    }

    static boolean inParentheses(String text, int offset) {
        int open = text.lastIndexOf('(', offset);
        return open >= 0 && text.lastIndexOf(')', offset) < open;
    }

    /**
     * An event whose people the page gives events of the same type dated more precisely adds nothing (one of no one
     * named, unless it tells of another place: "everyone detained in connection with the gathering in Xiamen"): undated, or
     * dated to the month or year the others fall in ("about 14 months after police detained them" beside "detained
     * them on July 24, 2014"; "detained Wang and Li in March 2008" beside "detained Wang on March 26 and Li on March
     * 23").
     */
    private static List<Event> dropVaguerRepeats(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean told = e.people().isEmpty()
                    ? events.stream()
                            .anyMatch(o -> o != e
                                    && o.type().equals(e.type())
                                    && datesMoreClosely(o, e)
                                    && (e.place() == null || e.place().equals(o.place())))
                    : e.people().stream().allMatch(id -> events.stream()
                            .anyMatch(o -> o != e
                                    && o.type().equals(e.type())
                                    && o.people().contains(id)
                                    && datesMoreClosely(o, e)));
            if (!told) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether {@code precise} is dated and {@code vague} not, or only to the month or year {@code precise} is in. */
    private static boolean datesMoreClosely(Event precise, Event vague) {
        String p = precise.date();
        String v = vague.date();
        if (p == null || v == null) {
            return p != null;
        }
        // two dated events that name no one may be of different people
        return !vague.people().isEmpty() && p.length() > v.length() && p.startsWith(v);
    }
}
