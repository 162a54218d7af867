package io.powermap.ingest.extraction.text;

import java.util.List;
import java.util.Set;

/** Years and tense around a fact: "since 2005", "from 1974 until 2004", "until 2019", "former". */
public final class Dates {

    private static final Set<String> ENDED = Set.of("former", "formerly", "previously", "onetime", "one-time", "ex",
        "resigned", "retired", "left", "fired", "ousted", "departed", "quit", "stepped", "stepping", "later", "had",
        "once", "then-", "until", "till", "ended");

    public String start;
    public String end;
    public Boolean current;

    public static boolean isYear(Token t) {
        String s = t.text();
        return s.length() == 4 && Character.isDigit(s.charAt(0)) && (s.startsWith("19") || s.startsWith("20"))
            && s.chars().allMatch(Character::isDigit);
    }

    /** Reads years and tense cues in tokens [from, to), preferring the ones nearest the anchor. */
    public static Dates around(List<Token> t, int from, int to) {
        Dates d = new Dates();
        for (int i = Math.max(0, from); i < to && i < t.size(); i++) {
            Token tok = t.get(i);
            String w = tok.lower();
            if (!isYear(tok)) {
                continue;
            }
            String prev = i > 0 ? t.get(i - 1).lower() : "";
            String prev2 = i > 1 ? t.get(i - 2).lower() : "";
            if (prev.equals("since")) {
                d.start = d.start == null ? w : d.start;
                if (d.current == null) {
                    d.current = true;
                }
            } else if (prev.equals("from") || prev.equals("between")) {
                d.start = d.start == null ? w : d.start;
                int j = i + 1;
                if (j + 1 < t.size() && (t.get(j).lower().equals("to") || t.get(j).lower().equals("until")
                    || t.get(j).lower().equals("through") || t.get(j).lower().equals("and") || t.get(j).is("-")
                    || t.get(j).is("\u2013"))) {
                    int k = j + 1;
                    if (!isYear(t.get(k)) && k + 1 < t.size() && isYear(t.get(k + 1))) {
                        k++;
                    }
                    if (isYear(t.get(k))) {
                        d.end = t.get(k).text();
                        i = k;
                    }
                }
            } else if (prev.equals("until") || prev.equals("through") || prev.equals("till")
                || ((prev2.equals("until") || prev2.equals("through")) && !Character.isDigit(prev.charAt(0)))) {
                d.end = d.end == null ? w : d.end;
            } else if (i + 2 < t.size() && (t.get(i + 1).is("-") || t.get(i + 1).is("\u2013")) && isYear(t.get(i + 2))) {
                d.start = d.start == null ? w : d.start;
                d.end = t.get(i + 2).text();
                i += 2;
            } else if (prev.equals("in") && d.start == null) {
                d.start = w;
            }
        }
        if (d.end != null) {
            d.current = false;
        }
        return d;
    }

    /** A time adverbial opening the sentence ("Since 2015, ...", "In 2019, ...") dates every fact in it. */
    public static Dates opening(List<Token> t) {
        if (t.size() >= 3 && isYear(t.get(1)) && t.get(2).is(",")
            && (t.get(0).lower().equals("since") || t.get(0).lower().equals("in"))) {
            return around(t, 0, 2);
        }
        return new Dates();
    }

    /** "the former journalist Rosa Abara": one to three lower-case words, then a capitalised name. */
    private static boolean describesNextName(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 4; k++) {
            Token x = t.get(k);
            if (!x.isWord()) {
                return false;
            }
            if (x.isCapitalized()) {
                return k > i + 1;
            }
        }
        return false;
    }

    public static boolean endedNear(List<Token> t, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < t.size(); i++) {
            String w = t.get(i).lower();
            if (ENDED.contains(w) && describesNextName(t, i)) {
                continue; // "and the former journalist Rosa Abara": the next person's trade, not an ended post
            }
            if (ENDED.contains(w) || (w.equals("no") && i + 1 < t.size() && t.get(i + 1).lower().equals("longer"))) {
                return true;
            }
        }
        return false;
    }
}
