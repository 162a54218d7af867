package io.powermap.ingest.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record exported as a settings file ("[section]" lines, "key_name = value ; remark", a value carried on by indented
 * lines) is written the way the same record is as a form: each key a field of its own ("Key name: value (remark)"),
 * the carried-on lines and their remarks folded into it, section lines dropped, a remark on a line of its own kept as text. Only
 * when three such keys stand in the text; else the lines are left as they are.
 */
final class KeyValueRecords {

    /** "general_director = A B ; since 2006": a lower-case key of letters, digits and underscores, then " = ". */
    private static final Pattern KEY_LINE = Pattern.compile("^([a-z][a-z0-9_]{0,39})\\s*=\\s+(\\S.*)$");
    private static final Pattern SECTION = Pattern.compile("^\\[[A-Za-z0-9_ .-]{1,40}\\]$");
    private static final int MIN_KEYS = 3;

    private KeyValueRecords() {
    }

    /** The lines with each key's record rewritten as a field line, or the same lines when the text holds no such record. */
    static String[] fields(String[] lines) {
        int keys = 0;
        for (String line : lines) {
            if (KEY_LINE.matcher(line).matches()) {
                keys++;
            }
        }
        if (keys < MIN_KEYS) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.length);
        StringBuilder value = null;
        StringBuilder remark = null;
        String label = null;
        for (String line : lines) {
            String trimmed = line.strip();
            Matcher m = KEY_LINE.matcher(line);
            boolean carried = label != null && !trimmed.isEmpty() && Character.isWhitespace(line.charAt(0)) && !m.matches();
            if (carried) {
                String[] parts = split(trimmed.startsWith(";") ? trimmed.substring(1) : trimmed, trimmed.startsWith(";"));
                append(value, parts[0]);
                append(remark, parts[1]);
                continue;
            }
            if (label != null) {
                out.add(field(label, value, remark));
                label = null;
            }
            if (m.matches()) {
                String key = m.group(1).replace('_', ' ');
                label = Character.toUpperCase(key.charAt(0)) + key.substring(1);
                String[] parts = split(m.group(2), false);
                value = new StringBuilder(parts[0]);
                remark = new StringBuilder(parts[1]);
            } else if (SECTION.matcher(trimmed).matches()) {
                out.add("");
            } else if (trimmed.startsWith(";")) {
                String text = trimmed.substring(1).strip(); // a remark of its own, such as the file's heading, is text
                out.add(text.chars().anyMatch(Character::isLetter) ? text : "");
            } else {
                out.add(line);
            }
        }
        if (label != null) {
            out.add(field(label, value, remark));
        }
        return out.toArray(new String[0]);
    }

    /** A value and its remark: the text before and after the first ';' (all of it a remark when {@code remarkOnly}). */
    private static String[] split(String s, boolean remarkOnly) {
        if (remarkOnly) {
            return new String[] {"", s.strip()};
        }
        int semi = s.indexOf(';');
        return semi < 0 ? new String[] {s.strip(), ""} : new String[] {s.substring(0, semi).strip(), s.substring(semi + 1).strip()};
    }

    private static void append(StringBuilder b, String s) {
        if (!s.isEmpty()) {
            b.append(b.isEmpty() ? "" : " ").append(s);
        }
    }

    private static String field(String label, StringBuilder value, StringBuilder remark) {
        return label + ": " + value + (remark.isEmpty() ? "" : " (" + remark + ")");
    }
}
