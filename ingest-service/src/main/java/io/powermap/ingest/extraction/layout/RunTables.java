package io.powermap.ingest.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.text.Money;

/**
 * A donor table as PDF text gives it: a header line of column words ("Donor Purpose Amount Period") and then one
 * line per row with no mark between the cells ("Harbour Fund Core support EUR 40,000 2024–2025"). The period is
 * the last word, the amount the money words before it, the donor and the purpose share what is left: the purpose
 * opens with the capital before its first lower-case word ("Core support"), or, written all in capitals, is the
 * tail the text names again elsewhere ("... Fund River Watch Project" when "River Watch Project" recurs); an
 * acronym alone opens a row as the donor.
 */
final class RunTables {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Set<String> WORDS = Words.load("table-run-header-words.txt");
    private static final Set<String> DONOR = Set.of("donor", "donors", "funder", "funders", "source", "sponsor", "grantor",
        "contributor");
    private static final Set<String> PURPOSE = Set.of("purpose", "project", "programme", "program", "for");
    private static final Set<String> AMOUNT = Set.of("amount", "grant", "sum");
    private static final Pattern PERIOD = Pattern.compile("(?:19|20)\\d{2}(?:[\u2013\u2014-](?:19|20)?\\d{2})?");
    private static final Set<String> MONEY_WORDS = Set.of("million", "billion", "bn", "m", "k", "thousand", "crore", "lakh",
        "eok", "won", "mn", "mln");
    /** Small words inside a name or a purpose that never open the purpose: "Embassy of X in Y", "Training of staff". */
    private static final Set<String> GLUE = Set.of("of", "in", "for", "and", "the", "to", "on", "at", "de", "la", "del", "y",
        "des", "du", "en", "und", "für", "e", "da", "do", "a");

    private RunTables() {
    }

    /** The header's columns, when {@code line} is such a header (donor first, an amount, three or four columns), else null. */
    static List<String> header(String line) {
        int space = line.indexOf(' ');
        if (space < 5 || space > 11 || !DONOR.contains(line.substring(0, space).toLowerCase(Locale.ROOT))) {
            return null; // most lines: the first word already tells
        }
        String[] words = SPACES.split(line.strip());
        List<String> cells = new ArrayList<>();
        for (String w : words) {
            if (w.startsWith("(") && !cells.isEmpty()) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + w); // "Amount (EUR)"
            } else {
                cells.add(w);
            }
        }
        if (cells.size() < 3 || cells.size() > 4 || !DONOR.contains(key(cells.get(0)))) {
            return null;
        }
        boolean amount = false;
        for (int i = 1; i < cells.size(); i++) {
            String k = key(cells.get(i));
            if (!WORDS.contains(k) || DONOR.contains(k) || !Character.isUpperCase(cells.get(i).codePointAt(0))) {
                return null;
            }
            amount |= AMOUNT.contains(k);
            if (PURPOSE.contains(k) && i != 1) {
                return null;
            }
        }
        return amount ? cells : null;
    }

    private static String key(String cell) {
        int bracket = cell.indexOf(" (");
        return (bracket > 0 ? cell.substring(0, bracket) : cell).toLowerCase(Locale.ROOT);
    }

    /**
     * The cells of a row under {@code header}, or null when the line is no such row. {@code text} is the whole
     * document, where a purpose written in capitals is looked for again.
     */
    static List<String> row(String line, List<String> header, String text) {
        String[] w = SPACES.split(line.strip());
        boolean period = false;
        boolean purpose = PURPOSE.contains(key(header.get(1)));
        for (String h : header) {
            period |= !DONOR.contains(key(h)) && !PURPOSE.contains(key(h)) && !AMOUNT.contains(key(h));
        }
        int end = w.length;
        String years = null;
        if (period) {
            if (end < 3 || !PERIOD.matcher(w[end - 1]).matches()) {
                return null;
            }
            years = w[end - 1];
            end--;
        }
        int amount = end;
        boolean digits = false;
        while (amount > 1 && money(w[amount - 1])) {
            digits |= w[amount - 1].chars().anyMatch(Character::isDigit);
            amount--;
        }
        if (!digits || amount == end || amount < 1) {
            return null;
        }
        int split = amount;
        if (purpose) {
            split = purposeStart(w, amount, text);
            if (split < 0) {
                split = amount;
            }
        }
        if (purpose && privateGivers(w, amount)) {
            split = 0; // "Individual donors crowdfunding": people giving in their own name, no body to name
        }
        List<String> cells = new ArrayList<>();
        cells.add(String.join(" ", List.of(w).subList(0, split)));
        if (purpose) {
            cells.add(String.join(" ", List.of(w).subList(split, amount)));
        }
        cells.add(String.join(" ", List.of(w).subList(amount, end)));
        if (period) {
            cells.add(years);
        }
        return cells.size() == header.size() ? cells : null;
    }

    /** Words for people who give privately ("members", "the late A B"): a donor cell holding one names no organization. */
    private static final Set<String> PRIVATE_GIVERS = Set.of("donors", "members", "individuals", "supporters", "citizens",
        "people", "friends", "late");

    private static boolean privateGivers(String[] w, int end) {
        for (int k = 0; k < end; k++) {
            if (PRIVATE_GIVERS.contains(w[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean money(String w) {
        if (w.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        if (MONEY_WORDS.contains(w.toLowerCase(Locale.ROOT)) || Money.isCurrencyWord(w)) {
            return true;
        }
        // "€", "US$", "N$", "R$": a currency sign, perhaps after one or two capitals
        int signs = 0;
        for (int i = 0; i < w.length(); i++) {
            int type = Character.getType(w.charAt(i));
            if (type == Character.CURRENCY_SYMBOL) {
                signs++;
            } else if (!Character.isUpperCase(w.charAt(i)) || i > 1) {
                return false;
            }
        }
        return signs > 0;
    }

    /** Where the purpose starts among the words before the amount, or -1 when no split is found. */
    private static int purposeStart(String[] w, int amount, String text) {
        for (int j = 1; j < amount; j++) {
            String x = w[j];
            if (Character.isLowerCase(x.codePointAt(0)) && !GLUE.contains(x)) {
                int p = j - 1;
                while (p > 0 && GLUE.contains(w[p])) {
                    p--;
                }
                if (p == j - 1 && p >= 2 && GLUE.contains(w[p - 1])) {
                    return j; // "Endowment for Democracy core support": a purpose all in lower case after a name's last word
                }
                return p >= 1 && Character.isUpperCase(w[p].codePointAt(0)) ? p : -1;
            }
        }
        if (amount >= 2 && w[0].length() >= 2 && w[0].chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return 1; // "ABC River Watch": an acronym alone is the donor
        }
        for (int s = 1; s < amount; s++) {
            if (GLUE.contains(w[s])) {
                continue;
            }
            String tail = String.join(" ", List.of(w).subList(s, amount));
            int first = text.indexOf(tail);
            if (first >= 0 && text.indexOf(tail, first + 1) >= 0) {
                return s; // the longest tail the text names again
            }
        }
        return -1;
    }
}
