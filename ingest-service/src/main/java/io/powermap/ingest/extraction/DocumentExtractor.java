package io.powermap.ingest.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.Evidence;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Span;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.RuleConfidence;
import io.powermap.ingest.extraction.relations.RelationExtractor;
import io.powermap.ingest.extraction.relations.learned.PairJudge;
import io.powermap.ingest.extraction.relations.learned.PairModel;
import io.powermap.ingest.extraction.layout.FormatConverter;
import io.powermap.ingest.extraction.layout.StructuredText;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.text.Sentence;
import io.powermap.ingest.extraction.text.SentenceSplitter;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.text.ItemLabels;
import io.powermap.ingest.extraction.text.ScriptGlosses;
import io.powermap.ingest.extraction.text.StylisedNames;
import io.powermap.ingest.extraction.text.Tokenizer;
import io.powermap.ingest.extraction.text.LanguageGuard;
import io.powermap.ingest.extraction.text.Recaser;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.Descriptors;
import io.powermap.ingest.extraction.mentions.InternalBodies;
import io.powermap.ingest.extraction.mentions.ShoutedWords;
import io.powermap.ingest.extraction.mentions.NameChunker;
import io.powermap.ingest.extraction.resolution.GluedNames;
import io.powermap.ingest.extraction.resolution.SentenceCaseNames;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.mentions.TypeSettler;
import io.powermap.ingest.extraction.mentions.learned.TypeJudge;
import io.powermap.ingest.extraction.mentions.learned.TypeModel;
import io.powermap.ingest.extraction.resolution.Datelines;
import io.powermap.ingest.extraction.resolution.EntityResolver;
import io.powermap.ingest.extraction.resolution.Coreference;
import io.powermap.ingest.extraction.resolution.TitleLine;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.mentions.ProgramTerms;

/**
 * Turns one document (any supported format) into entities and typed relationships.
 * Thread-safe; plain Java so the evaluation and the benchmark run it without a container.
 */
public final class DocumentExtractor {

    static final Pattern HEADQUARTERS = Pattern.compile(
        "\\b(?:headquartered|based|headquarters)\\s+(?:is\\s+)?in\\s+([A-Z][\\p{L}.]+(?:\\s[A-Z][\\p{L}.]+){0,2}(?:,\\s[A-Z][\\p{L}.]+(?:\\s[A-Z][\\p{L}.]+)?)?)");

    private final int maxTextChars;

    /**
     * The first match of {@link #HEADQUARTERS} in {@code text}, or null: tried only where one of its cue
     * words starts (every match starts with "headquarter" or "based"), because the expression's own search
     * tries it at every character, which took 4 % of the extracting thread.
     */
    static Matcher headquarters(String text) {
        Matcher m = HEADQUARTERS.matcher(text).useTransparentBounds(true); // \b sees the character before a cue
        int h = text.indexOf("headquarter");
        int b = text.indexOf("based");
        while (h >= 0 || b >= 0) {
            int at = h < 0 ? b : b < 0 ? h : Math.min(h, b);
            m.region(at, text.length());
            if (m.lookingAt()) {
                return m;
            }
            if (at == h) {
                h = text.indexOf("headquarter", h + 1);
            } else {
                b = text.indexOf("based", b + 1);
            }
        }
        return null;
    }
    private final Gazetteer gazetteer = Gazetteer.INSTANCE;
    private final FormatConverter converter;
    private final LanguageGuard language;
    private final NameChunker chunker;
    private final GluedNames gluedNames;
    private final Coreference coreference;
    private final TitleLine titleLine;
    private final TypeSettler typeSettler;
    private final Recaser recaser;
    private final RelationExtractor relations;

    public DocumentExtractor(int maxTextChars) {
        this(maxTextChars, PairModel.shipped());
    }

    /** @param pairs the judge of pairs of names the hand-written rules left ({@link PairJudge#NONE}: the rules alone) */
    public DocumentExtractor(int maxTextChars, PairJudge pairs) {
        this(maxTextChars, pairs, TypeModel.shipped());
    }

    /**
     * @param pairs the judge of pairs of names the hand-written rules left ({@link PairJudge#NONE}: the rules alone)
     * @param types the judge of names no rule typed ({@link TypeJudge#NONE}: such names are dropped)
     */
    public DocumentExtractor(int maxTextChars, PairJudge pairs, TypeJudge types) {
        this.maxTextChars = maxTextChars;
        this.converter = new FormatConverter(maxTextChars);
        this.language = new LanguageGuard();
        this.chunker = new NameChunker(gazetteer, Descriptors.WORDS);
        this.gluedNames = new GluedNames(chunker, gazetteer);
        this.coreference = new Coreference(gazetteer);
        this.titleLine = new TitleLine(gazetteer, language);
        this.typeSettler = new TypeSettler(gazetteer, types);
        this.recaser = new Recaser(gazetteer);
        this.relations = new RelationExtractor(gazetteer, NameChunker.CAMPAIGN_NOUNS, EntityResolver::isAcronym, pairs, typeSettler::settle);
    }

    /**
     * @param content   the raw bytes as received
     * @param mediaType the declared media type (may carry a charset), or null to sniff it
     * @param sourceUri where the document came from, or null
     */
    public Extraction extract(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        FormatConverter.Converted converted;
        try {
            converted = converter.convert(content, mediaType, sourceUri);
        } catch (StackOverflowError e) {
            throw new DocumentRejectedException(Reason.UNREADABLE, "the document nests too deeply");
        }
        StructuredText doc = converted.structure();
        String text = doc.text();
        if (text.isBlank()) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document has no text");
        }
        if (text.length() > maxTextChars) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "the text exceeds " + maxTextChars + " characters");
        }
        if (!language.isEnglish(text)) {
            throw new DocumentRejectedException(Reason.UNSUPPORTED_LANGUAGE, "the text is not English");
        }
        Interrupts.check();

        StructuredText readable = StylisedNames.readable(doc);
        List<Sentence> sentences = SentenceSplitter.split(readable);
        List<SentenceView> views = new ArrayList<>(sentences.size());
        List<List<Token>> tokenized = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            if ((s.index() & 63) == 0) {
                Interrupts.check();
            }
            List<Token> read = Tokenizer.tokenize(readable.text(), s.start(), s.end());
            tokenized.add(ScriptGlosses.drop(recaser.recaseIfShouted(readable == doc ? read : StylisedNames.asWritten(read, text))));
        }
        Set<String> labels = ItemLabels.series(tokenized);
        String heading = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if ((i & 63) == 0) {
                Interrupts.check();
            }
            List<Token> tokens = ItemLabels.drop(tokenized.get(i), labels);
            SentenceView v = new SentenceView(s, tokens, chunker.chunk(s.index(), tokens,
                s.kind() == BlockKind.NUMBERED || s.kind() == BlockKind.BULLET || s.kind() == BlockKind.TABLE_ROW));
            InternalBodies.drop(v.mentions);
            if (s.kind() == BlockKind.HEADING) {
                heading = text.substring(s.start(), s.end());
            }
            if (tokens.size() <= 3 && isShouted(tokens)) {
                // "ORIGINS", "MEMBERS": a section title set in capitals, not an acronym
                v.mentions.removeIf(m -> m.tokEnd - m.tokStart == 1 && m.name.length() > 4);
            }
            v.heading = heading;
            views.add(v);
        }
        ShoutedWords.drop(views);
        gluedNames.split(views, doc.title());
        SentenceCaseNames.mark(views);
        campaignsUnderHeadings(views);
        titleLine.dropUnconfirmedNames(views);
        Datelines.drop(views);

        EntityResolver resolver = new EntityResolver();
        resolver.resolve(views, doc.title(), doc.siteName());
        EntityDraft subject = resolver.subject;
        coreference.link(views, subject);

        List<EntityDraft> drafts = resolver.drafts();
        List<RelationDraft> found = relations.extract(doc, views, drafts, subject);
        if (subject != null) {
            Matcher hq = headquarters(text.length() > 20_000 ? text.substring(0, 20_000) : text);
            if (hq != null) {
                String place = hq.group(1);
                int stop = place.indexOf(". ");
                subject.attributes.putIfAbsent("headquarters", stop > 0 ? place.substring(0, stop) : place.replaceAll("\\.$", ""));
            }
        }
        return assemble(doc, converted.mediaType(), sourceUri, views, drafts, found, subject);
    }

    private static boolean isShouted(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord() && !t.isAllCaps()) {
                return false;
            }
        }
        return !tokens.isEmpty();
    }

    /**
     * An item opening a numbered or bulleted entry, or a "Term — description" line, under a
     * "Programs" or "What we're working on" heading is a program; so is an item of the list a sentence
     * announces with a colon ("The office runs three programmes:").
     */
    private static void campaignsUnderHeadings(List<SentenceView> views) {
        int leadBlock = -1;
        for (SentenceView v : views) {
            BlockKind kind = v.sentence.kind();
            boolean listItem = kind == BlockKind.NUMBERED || kind == BlockKind.BULLET;
            boolean opensItem = listItem && v.sentence.block() != leadBlock; // an item's later sentences name no program
            if (ProgramTerms.isProgramLeadIn(v.tokens)) {
                leadBlock = v.sentence.block();
            } else if (leadBlock >= 0 && !listItem && v.sentence.block() != leadBlock) {
                leadBlock = -1; // the list ended
            } else if (leadBlock >= 0 && listItem) {
                leadBlock = v.sentence.block();
            }
            boolean announced = leadBlock >= 0 && opensItem;
            if (v.mentions.isEmpty() || !announced && (v.heading == null || !ProgramTerms.isProgramHeading(v.heading))) {
                continue;
            }
            BlockKind k = v.sentence.kind();
            Mention first = v.mentions.get(0);
            if (first.tokStart != 0 || first.type == EntityType.PERSON) {
                continue;
            }
            boolean item = k == BlockKind.NUMBERED || k == BlockKind.BULLET;
            boolean termLine = k == BlockKind.PARAGRAPH && ProgramTerms.isTermLine(v.tokens, first.tokEnd);
            if (!item && !termLine) {
                continue;
            }
            if (first.type == null && item) {
                first.type = EntityType.CAMPAIGN;
                first.strength = Mention.CONTEXT;
            } else if ((first.type == null || first.type == EntityType.ORGANIZATION) && ProgramTerms.isDefinedProgram(v.tokens, first.tokEnd)) {
                // "Union Institute: a training school ..." under a programs heading names a program, whatever its last word
                first.type = EntityType.CAMPAIGN;
                first.strength = Mention.LEXICAL;
            }
        }
    }

    private Extraction assemble(StructuredText doc, String mediaType, String sourceUri, List<SentenceView> views,
                                List<EntityDraft> drafts, List<RelationDraft> relations, EntityDraft subject) {
        typeSettler.settle(relations); // the judge read the untyped names before the learned pairs; ties since then may type more
        List<EntityDraft> kept = new ArrayList<>();
        for (EntityDraft d : drafts) {
            if (d.mergedInto == null && d.type != null && !d.mentions.isEmpty() && !gazetteer.isPlace(d.name)) {
                kept.add(d);
            }
        }
        for (EntityDraft d : kept) {
            for (Mention m : d.mentions) {
                d.firstStart = Math.min(d.firstStart, m.start);
            }
        }
        kept.sort(Comparator.comparingInt(d -> d.firstStart));
        Map<EntityDraft, String> ids = new LinkedHashMap<>();
        List<ExtractedEntity> entities = new ArrayList<>();
        for (EntityDraft d : kept) {
            String id = "e" + (ids.size() + 1);
            ids.put(d, id);
            List<Span> spans = new ArrayList<>();
            d.mentions.sort(Comparator.comparingInt(m -> m.start));
            for (Mention m : d.mentions) {
                spans.add(new Span(m.start, m.end));
            }
            List<String> aliases = new ArrayList<>();
            for (String a : d.aliases) {
                if (!a.equals(d.name) && !(d.type == EntityType.PERSON && a.indexOf(' ') < 0)) {
                    aliases.add(a);
                }
            }
            entities.add(new ExtractedEntity(id, d.type, d.name, aliases, d == subject ? d.attributes : Map.of(), spans));
        }
        // drafts whose ends resolve to the same two entities are one fact: the first one's attributes, every one's sentences
        Map<String, RelationDraft> first = new LinkedHashMap<>();
        Map<String, Set<Integer>> sentences = new HashMap<>();
        Map<String, Set<String>> rules = new HashMap<>();
        for (RelationDraft r : relations) {
            EntityDraft s = r.source.root();
            EntityDraft t = r.target.root();
            String sid = ids.get(s);
            String tid = ids.get(t);
            if (sid == null || tid == null || s == t || !r.type.allows(s.type, t.type)) {
                continue;
            }
            String key = r.type + "|" + sid + "|" + tid;
            first.putIfAbsent(key, r);
            sentences.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(r.sentences());
            rules.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(r.rules());
        }
        List<ExtractedRelationship> rels = new ArrayList<>();
        Map<String, List<String>> rulesById = new LinkedHashMap<>();
        for (Map.Entry<String, RelationDraft> e : first.entrySet()) {
            RelationDraft r = e.getValue();
            List<Evidence> evidence = new ArrayList<>();
            for (int index : sentences.get(e.getKey())) {
                evidence.add(evidence(doc, views.get(index).sentence));
            }
            List<String> stated = List.copyOf(rules.get(e.getKey()));
            String id = "r" + (rels.size() + 1);
            rulesById.put(id, stated);
            rels.add(new ExtractedRelationship(id, r.type, ids.get(r.source.root()), ids.get(r.target.root()),
                r.role, r.start, r.end, r.current, r.amount, r.currency, RuleConfidence.INSTANCE.of(stated), evidence));
        }
        String title = doc.title();
        DocumentSource source = new DocumentSource(sourceUri, title, mediaType, doc.copyright());
        return new Extraction(source, doc.text(), subject == null ? null : ids.get(subject), entities, rels, rulesById);
    }

    /** A sentence as evidence: its offsets and the text of the footnotes it cites. */
    private static Evidence evidence(StructuredText doc, Sentence sentence) {
        List<String> notes = new ArrayList<>();
        for (String label : sentence.footnoteLabels()) {
            String note = doc.footnotes().get(label);
            if (note != null) {
                notes.add(note);
            }
        }
        return new Evidence(sentence.start(), sentence.end(), notes);
    }
}
