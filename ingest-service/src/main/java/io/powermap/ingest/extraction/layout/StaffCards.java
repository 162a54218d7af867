package io.powermap.ingest.extraction.layout;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.lexicon.RoleTitles;

/**
 * Staff and board pages often set a person's name and title as two blocks of one card
 * ("Leah Ruiz" above "Chief Operating Officer"). Joined as "Leah Ruiz – Chief Operating Officer",
 * the card reads like any staff listing line.
 */
public final class StaffCards {

    private static final Pattern HEADING_GAPS = Pattern.compile("[\\s|:–-]+");
    private static final Pattern LANGUAGE_SPLIT = Pattern.compile(" [\u2014\u2013/] ");
    private static final Pattern TITLE_GAPS = Pattern.compile("[\\s,;&/()]+");

    /** A bracket at the end of a name line that holds no Latin letter: the name in another script. */
    private static final Pattern SCRIPT_GLOSS = Pattern.compile(" \\([^()\\p{IsLatin}]+\\)$");
    /** A nickname in quotes and brackets at the end of a name line: "Dara Okonjo ("Didi")". */
    private static final Pattern NICKNAME = Pattern.compile(" \\([\"\u201c\u2018'][^()\"\u201c\u201d\u2018\u2019']{1,24}[\"\u201d\u2019']\\)$");
    /** A title, a comma and the year it was taken up, and what else the card says. */
    private static final Pattern TITLE_SINCE = Pattern.compile("([^,.:]{2,60}), since (?:19|20)\\d\\d\\b");
    private static final Set<String> HEADING_WORDS = Words.load("card-heading-words.txt");
    private static final int MAX_NAME_CHARS = 48;
    private static final int MAX_TITLE_WORDS = 12;

    private StaffCards() {
    }

    /** Whether every word of {@code name} is a section heading's ("Our People", "Leadership", "Board of Trustees"). */
    public static boolean isHeadingOnly(String name) {
        for (String w : HEADING_GAPS.split(name)) {
            if (!w.isEmpty() && !HEADING_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !w.equalsIgnoreCase("of")) {
                return false;
            }
        }
        return !name.isBlank();
    }

    /** Two to four capitalised words and nothing else: a person's name as a card sets it. */
    public static boolean isNameLine(String line) {
        if (line == null) {
            return false;
        }
        Matcher gloss = SCRIPT_GLOSS.matcher(line);
        if (gloss.find()) {
            line = line.substring(0, gloss.start()); // "Aiko Tanabe (田辺 愛子)": the name in its own script beside it
        }
        Matcher nickname = NICKNAME.matcher(line);
        if (nickname.find()) {
            line = line.substring(0, nickname.start());
        }
        if (line.length() > MAX_NAME_CHARS) {
            return false;
        }
        String[] words = line.split(" ");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        Gazetteer g = Gazetteer.INSTANCE;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)
                || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                || HEADING_WORDS.contains(w.toLowerCase(Locale.ROOT)) || g.orgKeywords.contains(w)
                || g.roles.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
                    return false;
                }
            }
        }
        return true;
    }

    /** A short line whose opening words hold a job title's head: "Co-Founder & Co-Executive Director". */
    public static boolean isTitleLine(String line) {
        Matcher since = TITLE_SINCE.matcher(line);
        if (since.lookingAt()) {
            line = since.group(1); // "Programme Officer, since 2016. Before that ...": the title, then its year and a note
        }
        if (line.endsWith(".") || line.endsWith(":")) {
            return false;
        }
        String[] words = TITLE_GAPS.split(line);
        if (words.length == 0 || words.length > MAX_TITLE_WORDS || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        Gazetteer g = Gazetteer.INSTANCE;
        for (int i = 0; i < words.length && i < 5; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (RoleTitles.isHead(g, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A card's title given in two languages, "Trésorière — Treasurer", read as one of them: the last side that is a
     * title line on its own; the line as it stands when it has no such two sides.
     */
    public static String oneLanguageTitle(String line) {
        String[] sides = LANGUAGE_SPLIT.split(line);
        if (sides.length != 2) {
            return line;
        }
        for (int i = sides.length - 1; i >= 0; i--) {
            if (!sides[i].isBlank() && isTitleLine(sides[i].strip())) {
                return sides[i].strip();
            }
        }
        return line;
    }
}
