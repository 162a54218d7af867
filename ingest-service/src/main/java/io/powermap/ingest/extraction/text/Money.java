package io.powermap.ingest.extraction.text;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * Amounts of money in prose tokens and in table cells, in any currency: a symbol ("$", "€", "£",
 * "C$"), an ISO code before or after the number ("EUR 400,000", "250,000 CHF") or a currency word
 * after it ("300,000 euros"), with a scale ("1.2 million", "£3m", "$40k"). Values are in units.
 */
public final class Money {

    private static final Pattern DIGIT_GROUPING = Pattern.compile("[,\u00A0 ]");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** An amount with its ISO 4217 currency code. */
    public record Amount(BigDecimal value, String currency) {
    }

    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR");
    /** Letters glued before "$": "C$ 40,000", "A$", "NZ$", "US$", "NT$", "J$". */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(Map.entry("C", "CAD"), Map.entry("CA", "CAD"),
        Map.entry("A", "AUD"), Map.entry("AU", "AUD"), Map.entry("NZ", "NZD"), Map.entry("US", "USD"), Map.entry("HK", "HKD"),
        Map.entry("S", "SGD"), Map.entry("NT", "TWD"), Map.entry("J", "JMD"), Map.entry("TT", "TTD"), Map.entry("R", "BRL"),
        Map.entry("Mex", "MXN"), Map.entry("MX", "MXN"), Map.entry("Z", "ZWL"), Map.entry("FJ", "FJD"), Map.entry("EC", "XCD"));
    /**
     * ISO 4217 codes that are also English words or common acronyms ("ALL 2024 grants", "SOS 2025"), and the
     * codes of metals and funds: never read as a currency on their own.
     */
    private static final Set<String> CODE_LOOKALIKES = Words.of("ALL", "TOP", "CUP", "SOS", "BOB", "MOP", "BAM", "AMD",
        "SAR", "MAD", "GEL", "ANG", "CUC", "XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD");
    /** Currencies written as a word before the number: "FCFA 38 millions", "KSh 200,000". */
    private static final Map<String, String> PREFIX_WORDS = Map.of("FCFA", "XOF", "CFA", "XOF", "KSh", "KES", "Ksh", "KES",
        "TSh", "TZS", "USh", "UGX");
    /** Every ISO 4217 code the JDK knows (Currency), less the look-alikes. */
    private static final Set<String> ISO_CODES = isoCodes();
    public static final Set<String> CODES = Words.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "SEK", "NOK", "DKK",
        "INR", "ZAR", "BRL", "MXN", "KES", "NGN", "PLN", "CZK", "HKD", "SGD", "CNY", "COP", "CLP", "ARS", "PEN", "IDR", "PKR",
        "BDT", "PHP", "THB", "MYR", "KRW", "TRY", "HUF", "RON", "ILS", "EGP", "GHS", "UGX", "TZS", "XOF", "XAF");
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
        Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"), Map.entry("francs", "CHF"), Map.entry("dollars", "USD"),
        Map.entry("kronor", "SEK"), Map.entry("kroner", "NOK"), Map.entry("rand", "ZAR"), Map.entry("yen", "JPY"),
        Map.entry("rupees", "INR"), Map.entry("zloty", "PLN"), Map.entry("pesos", "MXN"), Map.entry("shillings", "KES"));
    private static final Pattern CELL_NUMBER = Pattern.compile(
        "(\\d{1,3}(?:[,\u00A0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(millions?|billions?|thousand|mln|mn|bn|m|k|b)?\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUPED_OR_DECIMAL = Pattern.compile("\\d[,.\u00A0]\\d");
    private static final Pattern FOUR_DIGITS_OR_MORE = Pattern.compile("\\d{4,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern SHORT_GROUP = Pattern.compile("\\d{1,3}");
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Set<String> SCALES = Set.of("million", "millions", "billion", "billions", "thousand", "mln", "mn", "bn", "m", "k", "b");

    private Money() {
    }

    /** Index of the number token of the first amount in tokens [from, to), or -1. */
    public static int find(List<Token> t, int from, int to) {
        int end = Math.min(to, t.size());
        for (int k = Math.max(0, from); k < end; k++) {
            if (t.get(k).isNumber() && currencyAt(t, k) != null) {
                while (k > from && THREE_DIGITS.matcher(t.get(k).text()).matches() && t.get(k - 1).isNumber()
                    && SHORT_GROUP.matcher(t.get(k - 1).text()).matches() && t.get(k).start() == t.get(k - 1).end() + 1) {
                    k--; // "90 000 GTQ": the code follows the last group of digits; the amount starts at the first
                }
                return k;
            }
        }
        return -1;
    }

    /** The amount whose number token is at {@code number}, or null when the number does not parse. */
    public static Amount at(List<Token> t, int number) {
        String currency = currencyAt(t, number);
        String text = t.get(number).text();
        // "3,2 mln", "2,75 million": a comma before one or two digits marks decimals, as on the continent
        String digits = DECIMAL_COMMA.matcher(text).matches() ? text.replace(',', '.') : text.replace(",", "");
        int n = 0;
        while (n < digits.length() && (Character.isDigit(digits.charAt(n)) || digits.charAt(n) == '.')) {
            n++;
        }
        String suffix = digits.substring(n).toLowerCase(Locale.ROOT);
        String number0 = digits.substring(0, n);
        int last = number;
        if (suffix.isEmpty() && SHORT_GROUP.matcher(number0).matches()) {
            // "SEK 5 000 000", "€ 150 000": groups of three digits one space apart are one number
            StringBuilder grouped = new StringBuilder(number0);
            while (last + 1 < t.size() && THREE_DIGITS.matcher(t.get(last + 1).text()).matches()
                && t.get(last + 1).start() == t.get(last).end() + 1) {
                grouped.append(t.get(++last).text());
            }
            number0 = grouped.toString();
            if (currency == null) {
                currency = currencyAt(t, last); // "90 000 GTQ": the code after the last group
            }
        }
        String scale = suffix.isEmpty() && last + 1 < t.size() ? t.get(last + 1).lower() : suffix;
        if (DOT_THOUSANDS.matcher(number0).matches() && !SCALES.contains(scale)) {
            number0 = number0.replace(".", ""); // "€140.000", "€1.350.000": dots group thousands as on the continent
        }
        try {
            return new Amount(scaled(new BigDecimal(number0), scale), currency == null ? "USD" : currency);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first amount in a table cell ("€250,000", "GBP 1.2m", "75 000"); a bare year is not an amount. */
    public static Amount parse(String cell) {
        Matcher m = CELL_NUMBER.matcher(cell);
        while (m.find()) {
            String digits = DIGIT_GROUPING.matcher(m.group(1)).replaceAll("");
            if (m.group(2) == null && YEAR.matcher(digits).matches() && currencyIn(cell) == null) {
                continue;
            }
            try {
                String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
                String currency = currencyIn(cell);
                return new Amount(scaled(new BigDecimal(digits), scale), currency == null ? "USD" : currency);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static BigDecimal scaled(BigDecimal base, String scale) {
        BigDecimal v = switch (scale) {
            case "million", "millions", "m", "mn", "mln" -> base.multiply(BigDecimal.valueOf(1_000_000));
            case "billion", "billions", "b", "bn" -> base.multiply(BigDecimal.valueOf(1_000_000_000));
            case "thousand", "k" -> base.multiply(BigDecimal.valueOf(1_000));
            default -> base;
        };
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** The currency marked just before or just after the number token at k, or null when none is. */
    private static String currencyAt(List<Token> t, int k) {
        if (k >= 1) {
            Token before = t.get(k - 1);
            String symbol = SYMBOLS.get(before.text());
            if (symbol != null) {
                if (symbol.equals("USD") && k >= 2 && t.get(k - 2).end() == before.start()) {
                    return DOLLAR_PREFIXES.getOrDefault(t.get(k - 2).text(), symbol);
                }
                return symbol;
            }
            if (isCodeWord(before.text()) && (CODES.contains(before.text()) || amountShape(t, k))) {
                return before.text();
            }
            if (PREFIX_WORDS.containsKey(before.text())) {
                return PREFIX_WORDS.get(before.text());
            }
        }
        int after = k + 1;
        if (after < t.size() && SCALES.contains(t.get(after).lower()) && !t.get(after).lower().equals("k") && !t.get(after).lower().equals("b")) {
            after++;
        }
        if (after < t.size()) {
            Token next = t.get(after);
            if (isCodeWord(next.text()) && (CODES.contains(next.text()) || amountShape(t, k))) {
                return next.text();
            }
            return WORDS.get(next.lower());
        }
        return null;
    }

    private static String currencyIn(String cell) {
        for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
            int at = cell.indexOf(e.getKey());
            if (at >= 0) {
                if (e.getKey().equals("$") && at >= 1 && Character.isLetter(cell.charAt(at - 1))) {
                    int s = at - 1;
                    while (s > 0 && Character.isLetter(cell.charAt(s - 1))) {
                        s--;
                    }
                    return DOLLAR_PREFIXES.getOrDefault(cell.substring(s, at), "USD");
                }
                return e.getValue();
            }
        }
        for (String word : NON_LETTERS.split(cell)) {
            if (isCodeWord(word)) {
                return word;
            }
            if (PREFIX_WORDS.containsKey(word)) {
                return PREFIX_WORDS.get(word);
            }
            String w = WORDS.get(word.toLowerCase(Locale.ROOT));
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /**
     * Whether {@code word} is a currency's ISO 4217 code: the common ones, and any other the JDK knows
     * ("TWD", "KZT", "GTQ") but the look-alikes of English words and acronyms.
     */
    public static boolean isCode(String word) {
        return isCodeWord(word) || PREFIX_WORDS.containsKey(word);
    }

    /** Whether the token at {@code k} is a currency code or sign written as a word ("TWD", "FCFA") beside a number. */
    /**
     * Whether the number at {@code k} is written as an amount rather than a count, an article's or a goal's number
     * or a year ("SDG 11", "CVE 2024", "12 AWG"): grouped digits or decimals ("750 000", "4,5", "1.2"), a scale
     * after it, or four digits or more that are not a year. Codes beyond the common ones count only then.
     */
    private static boolean amountShape(List<Token> t, int k) {
        String n = t.get(k).text();
        if (GROUPED_OR_DECIMAL.matcher(n).find() || k + 1 < t.size() && SCALES.contains(t.get(k + 1).lower())) {
            return true;
        }
        boolean grouped = k + 1 < t.size() && THREE_DIGITS.matcher(t.get(k + 1).text()).matches() && t.get(k + 1).start() == t.get(k).end() + 1
            || k >= 1 && t.get(k - 1).isNumber() && THREE_DIGITS.matcher(n).matches() && t.get(k).start() == t.get(k - 1).end() + 1;
        return grouped || FOUR_DIGITS_OR_MORE.matcher(n).matches() && !YEAR.matcher(n).matches();
    }

    public static boolean codeBesideNumber(List<Token> t, int k) {
        if (DOLLAR_PREFIXES.containsKey(t.get(k).text()) && k + 1 < t.size() && t.get(k + 1).is("$")
            && t.get(k + 1).start() == t.get(k).end()) {
            return true; // "NT$ 700k", "J$27 million"
        }
        String w = t.get(k).text();
        if (!isCode(w)) {
            return false;
        }
        boolean rare = !CODES.contains(w) && !PREFIX_WORDS.containsKey(w);
        return k + 1 < t.size() && t.get(k + 1).isNumber() && (!rare || amountShape(t, k + 1))
            || k > 0 && t.get(k - 1).isNumber() && (!rare || amountShape(t, k - 1));
    }

    /** A currency's code or a prefix word written for one: "EUR", "SEK", "KSh". */
    public static boolean isCurrencyWord(String word) {
        return isCodeWord(word) || PREFIX_WORDS.containsKey(word);
    }

    private static boolean isCodeWord(String word) {
        return CODES.contains(word) || ISO_CODES.contains(word);
    }

    private static Set<String> isoCodes() {
        Set<String> codes = new HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            if (!CODE_LOOKALIKES.contains(c.getCurrencyCode())) {
                codes.add(c.getCurrencyCode());
            }
        }
        codes.add("ZWG"); // Zimbabwe Gold (2024), newer than the JDK's table
        return Words.frozen(codes);
    }
}
