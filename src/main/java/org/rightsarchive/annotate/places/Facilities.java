package org.rightsarchive.annotate.places;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.lang.ChineseScript;

/**
 * Names of facilities (detention centers, prisons, courts) in both languages: a place, then the kind of facility
 * ({@code 锦州监狱} is Jinzhou Prison, {@code 辽阳市看守所} Liaoyang Detention Center). The recognizer names the
 * facilities it finds so; search reads a facility typed in Chinese so, to find the English pages too.
 */
public final class Facilities {
    /** Chinese kinds of facility and their English names; a longer kind before the shorter one it ends with. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("看守所", "Detention Center");
        KINDS.put("拘留所", "Detention Center");
        KINDS.put("留置所", "Detention Center");
        KINDS.put("收容所", "Detention Center");
        KINDS.put("中级人民法院", "Intermediate People's Court");
        KINDS.put("高级人民法院", "High People's Court");
        KINDS.put("人民法院", "People's Court");
        KINDS.put("法院", "Court");
        KINDS.put("监狱", "Prison");
        KINDS.put("派出所", "Police Station");
        KINDS.put("公安局", "Public Security Bureau");
        KINDS.put("检察院", "Procuratorate");
        KINDS.put("劳教所", "Reeducation Through Labor Center");
        KINDS.put("劳改农场", "Labor Camp");
        KINDS.put("精神病院", "Psychiatric Hospital");
    }

    private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十]+)$");

    /** An English name of a facility: a division's name, its kind of division, a number, a kind of facility. */
    private static final Pattern ENGLISH = Pattern.compile("^(?<place>.+?)"
            + "(?:\\s+(?<division>District|County|City|Municipal|Municipality|Provincial))?"
            + "(?:\\s+No\\.\\s?(?<number>\\d{1,2}))?"
            + "\\s+(?<kind>(?:People['’]s\\s+)?Intermediate\\s+(?:People['’]s\\s+)?Court"
            + "|High\\s+(?:People['’]s\\s+)?Court|People['’]s\\s+Court"
            + "|Administrative\\s+Detention\\s+Cent(?:er|re)|(?:PSB\\s+)?Detention\\s+Cent(?:er|re)"
            + "|Women['’]s\\s+Prison|Prison|(?:People['’]s\\s+)?Procuratorate)$");

    private Facilities() {}

    /**
     * The English name of a facility in {@code place}, from its Chinese name: the place's name and the facility's
     * kind ({@code Jinzhou Prison}); the place's name alone when the kind is none of the known ones.
     */
    public static String englishName(Gazetteer.Division place, String chinese) {
        String zh = ChineseScript.toSimplified(chinese);
        String kind = kindOf(zh);
        return kind == null ? place.name() : place.name() + numbered(zh, kind) + " " + KINDS.get(kind);
    }

    /** {@code " No. 2"} for the 第二 right before the kind ({@code 凌源第二监狱}, {@code 北京市第一中级人民法院}), else empty. */
    private static String numbered(String simplified, String kind) {
        Matcher m = ORDINAL.matcher(simplified.substring(0, simplified.length() - kind.length()));
        if (!m.find()) {
            return "";
        }
        int n = chineseNumber(m.group(1));
        return n > 0 ? " No. " + n : "";
    }

    /** 一 to 九十九 as a number; 0 for anything else. */
    static int chineseNumber(String digits) {
        String units = "一二三四五六七八九";
        if (digits.length() == 1) {
            return digits.equals("十") ? 10 : units.indexOf(digits.charAt(0)) + 1;
        }
        int ten = digits.indexOf('十');
        if (ten < 0 || ten > 1 || digits.length() > 3 || digits.lastIndexOf('十') != ten) {
            return 0;
        }
        int tens = ten == 0 ? 1 : units.indexOf(digits.charAt(0)) + 1;
        int ones = ten == digits.length() - 1 ? 0 : units.indexOf(digits.charAt(ten + 1)) + 1;
        return tens == 0 || (ten < digits.length() - 1 && ones == 0) ? 0 : tens * 10 + ones;
    }

    /**
     * The English name of a facility written in Chinese ({@code 锦州监狱}, {@code 辽阳市看守所}, {@code 凌源监狱}), when
     * it is a place of the gazetteer followed by a known kind of facility; empty otherwise.
     */
    public static Optional<String> englishName(Gazetteer gazetteer, String chinese) {
        String zh = ChineseScript.toSimplified(chinese.strip());
        String kind = kindOf(zh);
        if (kind == null || zh.length() == kind.length()) {
            return Optional.empty();
        }
        // 天津市第二中级人民法院: the second court of Tianjin, named as the recognizer names it, after its city.
        String place =
                ORDINAL.matcher(zh.substring(0, zh.length() - kind.length())).replaceFirst("");
        // 辽宁省辽阳市中级人民法院: the court of the narrowest division named, as the recognizer names it.
        Optional<Gazetteer.Division> division = division(gazetteer, place);
        for (int cut = 1; division.isEmpty() && cut < place.length() - 1; cut++) {
            List<Gazetteer.Division> outer = gazetteer.lookupAll(place.substring(0, cut));
            division = gazetteer.lookupAll(place.substring(cut)).stream()
                    .filter(inner -> outer.stream()
                            .anyMatch(o -> inner.level() > o.level()
                                    && inner.province().equals(o.province())))
                    .findFirst();
        }
        return division.map(d -> d.name() + numbered(zh, kind) + " " + KINDS.get(kind));
    }

    /**
     * The Chinese name of a facility that an English text names after {@code place} ("Beijing No. 1 Intermediate
     * People's Court" is 北京市第一中级人民法院, "Chaoyang District People's Court" 朝阳区人民法院, "Jinzhou Prison" 锦州监狱,
     * "Shandong Women's Prison" 山东省女子监狱),
     * when the name is the place's own English name and a kind of facility whose Chinese name follows a rule; empty
     * otherwise, rather than a guess ("Guangzhou Haizhu District Xingang Police Station", "TAR Prison").
     */
    public static Optional<String> chineseName(Gazetteer.Division place, String english) {
        Matcher m = ENGLISH.matcher(english.strip());
        if (!m.matches() || !m.group("place").equalsIgnoreCase(place.name()) || place.nameZh() == null) {
            return Optional.empty();
        }
        String division = m.group("division");
        boolean county = "District".equals(division) || "County".equals(division);
        if (county && place.level() != Gazetteer.COUNTY) {
            return Optional.empty(); // "Chaoyang District" read as Liaoning's city of Chaoyang
        }
        String kind = m.group("kind");
        String chineseKind;
        if (kind.contains("Intermediate")) {
            chineseKind = "中级人民法院";
        } else if (kind.startsWith("High")) {
            if (place.level() != Gazetteer.PROVINCE) {
                return Optional.empty();
            }
            chineseKind = "高级人民法院";
        } else if (kind.endsWith("Court")) {
            chineseKind = "人民法院";
        } else if (kind.startsWith("Administrative")) {
            chineseKind = "拘留所";
        } else if (kind.contains("Detention")) {
            chineseKind = "看守所";
        } else if (kind.startsWith("Women")) {
            chineseKind = "女子监狱";
        } else if (kind.equals("Prison")) {
            chineseKind = "监狱";
        } else {
            chineseKind = "人民检察院";
        }
        // Prisons go by the short name of their city (锦州监狱), the others by the division's full name (辽阳市看守所).
        String name = chineseKind.endsWith("监狱") && place.level() != Gazetteer.PROVINCE || place.fullNameZh() == null
                ? place.nameZh()
                : place.fullNameZh();
        String number = m.group("number") == null ? "" : "第" + chineseNumeral(Integer.parseInt(m.group("number")));
        return number.equals("第") ? Optional.empty() : Optional.of(name + number + chineseKind);
    }

    /** 1 to 99 in Chinese numerals (一, 十, 二十三); empty for anything else. */
    static String chineseNumeral(int n) {
        String units = "一二三四五六七八九";
        if (n < 1 || n > 99) {
            return "";
        }
        if (n < 10) {
            return String.valueOf(units.charAt(n - 1));
        }
        String tens = n < 20 ? "十" : units.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + units.charAt(n % 10 - 1);
    }

    private static Optional<Gazetteer.Division> division(Gazetteer gazetteer, String name) {
        Optional<Gazetteer.Division> division = gazetteer.lookup(name);
        return division.isPresent()
                ? division
                : gazetteer.countiesByShortName(name).stream().findFirst();
    }

    /** The Chinese kinds as a regex alternation, longer ones first, for the scanner that finds facilities. */
    static String kindsAlternation() {
        return String.join("|", KINDS.keySet());
    }

    private static String kindOf(String simplified) {
        for (String kind : KINDS.keySet()) {
            if (simplified.endsWith(kind)) {
                return kind;
            }
        }
        return null;
    }
}
