package io.powermap.ingest.extraction.resolution;

import io.powermap.ingest.extraction.lexicon.Gazetteer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a body's name that only says where it works: "de Ruritanie", "du Bas-Pays", "of Freedonia", a
 * preposition and one to three capitalised words that name a country (in one of the languages above) or a listed place.
 */
final class PlaceTails {
    private static final Pattern TAIL = Pattern.compile(
        "(?:of(?: the)?|de(?: la| l')?|d'|du|des|del|do|da|en|in|em|per) ?(\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,2})");
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH, new Locale("es"), new Locale("pt"),
        Locale.GERMAN, Locale.ITALIAN};
    private static final Set<String> COUNTRY_NAMES = Gazetteer.countryNamesIn(LANGUAGES);

    private PlaceTails() {
    }

    static boolean isPlaceTail(String rest) {
        Matcher m = TAIL.matcher(rest);
        if (!m.matches()) {
            return false;
        }
        return isPlace(m.group(1));
    }

    /** Whether {@code name} is a country (in one of the languages above) or a listed place. */
    static boolean isPlace(String name) {
        Gazetteer g = Gazetteer.INSTANCE;
        return COUNTRY_NAMES.contains(name) || g.isCountry(name) || g.isPlace(name);
    }
}
