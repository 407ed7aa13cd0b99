package org.rightsarchive.annotate.topics;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes Uyghur and Tibetan personal names by their parts: common given names and name elements in the usual
 * romanizations, and the middle dot that joins the parts of Uyghur (and other Turkic) names written in Chinese
 * characters (伊力哈木·土赫提). A heuristic that the tagger only ever combines with other evidence.
 */
final class EthnicNames {
    private static final Set<String> UYGHUR = Set.of(
            "abdu",
            "abdul",
            "abdulla",
            "abdullah",
            "abduqadir",
            "abdurehim",
            "abdurahman",
            "abdukerim",
            "abduweli",
            "ablimit",
            "ablikim",
            "adil",
            "ahmat",
            "ahmet",
            "ahmad",
            "alim",
            "anwar",
            "anwer",
            "arslan",
            "ayshe",
            "aysha",
            "aygul",
            "dawut",
            "ekber",
            "ehmet",
            "eli",
            "erkin",
            "gulmira",
            "gulshan",
            "gulnar",
            "gulzar",
            "gheni",
            "halmurat",
            "hasan",
            "hesen",
            "husein",
            "huseyin",
            "ilham",
            "imin",
            "iminjan",
            "ismail",
            "jalalidin",
            "kamil",
            "kurban",
            "mahmut",
            "memet",
            "mehmet",
            "memetjan",
            "merdan",
            "mihray",
            "muhammad",
            "muhemmed",
            "mukhtar",
            "nurmemet",
            "nurmuhammad",
            "nur",
            "nurgul",
            "obul",
            "osman",
            "patigul",
            "perhat",
            "qurban",
            "rahile",
            "rahima",
            "rehim",
            "rozi",
            "sadik",
            "salih",
            "sawut",
            "tahir",
            "tohti",
            "tursun",
            "tursunay",
            "turghun",
            "ubul",
            "umar",
            "weli",
            "yalqun",
            "yusup",
            "zulpiye",
            "zumret");
    private static final Set<String> TIBETAN = Set.of(
            "chime",
            "choedon",
            "choephel",
            "choekyi",
            "dawa",
            "dechen",
            "dhondup",
            "dolma",
            "dondrub",
            "dorje",
            "drolma",
            "gedhun",
            "gedun",
            "gonpo",
            "gyaltsen",
            "gyatso",
            "jamyang",
            "jampa",
            "jigme",
            "kalsang",
            "kelsang",
            "kunchok",
            "konchog",
            "lhamo",
            "lobsang",
            "losang",
            "namgyal",
            "ngawang",
            "norbu",
            "nyima",
            "palden",
            "pema",
            "phuntsog",
            "phuntsok",
            "rinchen",
            "rinzin",
            "samdrub",
            "sonam",
            "tashi",
            "tenzin",
            "thubten",
            "tsering",
            "tsewang",
            "tsultrim",
            "wangchuk",
            "wangdu",
            "yeshe",
            "yonten");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private EthnicNames() {}

    /** True when a romanized part of the name is a common Uyghur name, or the Chinese form joins parts with a dot. */
    static boolean looksUyghur(String name, String nameZh) {
        return (nameZh != null && (nameZh.indexOf('·') >= 0 || nameZh.indexOf('•') >= 0)) || anyPart(name, UYGHUR);
    }

    /** True when a romanized part of the name is a common Tibetan name. */
    static boolean looksTibetan(String name) {
        return anyPart(name, TIBETAN);
    }

    private static boolean anyPart(String name, Set<String> parts) {
        if (name == null) {
            return false;
        }
        for (String part : NON_LETTERS.split(name.toLowerCase(Locale.ROOT))) {
            if (parts.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
