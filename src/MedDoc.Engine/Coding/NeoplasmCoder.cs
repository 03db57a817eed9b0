using MedDoc.Engine.Assertions;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Codes neoplasms as a coder reads the Table of Neoplasms: a morphology word (Rules/neoplasm_morphology.json) chooses
/// the column — primary, secondary ("metastatic", lymph nodes → C77), in situ, benign, uncertain — and the site chooses
/// the row. The site is the one the sentence names as the tumour's origin ("adenocarcinoma of the prostate", "Bladder;
/// transitional cell carcinoma"; never a site it spreads into: "invading perivesical fat"), else the pathology report's
/// specimen heading above it ("(A) BLADDER TUMOR:", "Kidney, left, radical nephrectomy:"), else the report's tumour-site
/// line or first specimen, else the morphology's own site ("glioblastoma" → C71.9). A code the table leaves open
/// ("C64.-") takes the side stated with the site (<see cref="NeoplasmCodeCompletion"/>). OCR-damaged morphology words are
/// read (<see cref="OcrWordRepair"/>). Negated, possible, hypothetical, family and historical mentions, and mentions in
/// sections that are not coded (indication, specimen list), give no code. Every code carries the morphology's span and the
/// site's span. Immutable and thread-safe. The class is written in parts by concern: where a mention's tumour is
/// (NeoplasmCoder.Sites.cs), how a named site relates to it — origin or spread (NeoplasmCoder.Spread.cs), whether a line
/// states a diagnosis at all (NeoplasmCoder.Statements.cs) and which site is the report's primary
/// (NeoplasmCoder.PrimarySite.cs); this file reads the rules and codes each mention.
/// Example: "A. Kidney, left, nephrectomy:\nClear cell renal cell carcinoma." → C64.2 with evidence "renal cell carcinoma", "Kidney, left".
/// </summary>
public sealed partial class NeoplasmCoder
{
    private readonly IcdCatalog _catalog;

    private readonly NeoplasmRuleFile _rules;

    private readonly NeoplasmSiteIndex _sites;

    private readonly PhraseMatcher<MorphologyRule> _morphologies = new();

    private readonly PhraseMatcher<MorphologyRule> _unspecifiedBehavior = new();

    private readonly PhraseMatcher<string> _siteLabels = new();

    private readonly PhraseMatcher<string> _typeLabels = new();

    private readonly PhraseMatcher<NeoplasmSite> _procedures = new();

    private readonly HashSet<string> _typeFieldSections;

    private readonly HashSet<string> _formFieldSections;

    private readonly PhraseMatcher<string> _extension = new();

    private readonly PhraseMatcher<string> _inSitu = new();

    private readonly AssertionDetector _assertions;

    private readonly SectionRuleSet _sectionRules;

    private readonly HashSet<string> _metastatic;

    private readonly HashSet<string> _cause;

    private readonly HashSet<string> _spread;

    private readonly HashSet<string> _invadedOrSpared;

    private readonly HashSet<string> _origin;

    private readonly HashSet<string> _located;

    private readonly HashSet<string> _margin;

    private readonly HashSet<string> _dysplasia;

    private readonly HashSet<string> _example;

    private readonly HashSet<string> _notDiagnosis;

    private readonly HashSet<string> _spreadCategories;

    private readonly HashSet<string> _serosa;

    private readonly HashSet<string> _siteBound;
    private readonly HashSet<string> _metastaticSiteWords;

    // The morphology read for a metastasis adjective before a site ("metastatic axillary lymph nodes"), see MetastaticSites.
    private static readonly MorphologyRule MetastaticSite = new("metastatic_site", NeoplasmBehavior.Secondary, []);

    private readonly HashSet<string> _formTitle;

    private readonly HashSet<string> _clinicalSections;

    private readonly HashSet<string> _runOn;
    private readonly HashSet<string> _typeWords;
    private readonly HashSet<string> _size;
    private readonly HashSet<string> _sizeLead;

    private readonly HashSet<string> _siteAdjectives;

    private readonly Dictionary<string, BodySide> _sides = new(StringComparer.Ordinal);

    private readonly Dictionary<string, NeoplasmSite> _gradingSites = new(StringComparer.Ordinal);

    private readonly Dictionary<(string Morphology, string Organ), NeoplasmEntry> _organParts = [];

    private readonly IReadOnlyList<OverlappingSiteRule> _overlappingSites;

    private readonly Dictionary<string, HashSet<string>> _unspecifiedParts;

    /// <summary>A coder over <paramref name="terminology"/>'s Table of Neoplasms and catalog with the embedded rules.</summary>
    public NeoplasmCoder(IcdTerminology terminology, AssertionDetector assertions, SectionRuleSet sectionRules)
        : this(terminology, RuleResources.Read<NeoplasmRuleFile>(RuleFileName), assertions, sectionRules)
    {
    }

    /// <summary>A coder with the given morphology rules.</summary>
    public NeoplasmCoder(IcdTerminology terminology, NeoplasmRuleFile rules, AssertionDetector assertions, SectionRuleSet sectionRules)
    {
        _catalog = terminology.Catalog;
        _rules = rules;
        _assertions = assertions;
        _sectionRules = sectionRules;
        _sites = new NeoplasmSiteIndex(terminology.Neoplasms, rules);
        foreach (var morphology in rules.Morphologies)
        {
            foreach (var term in morphology.Terms)
            {
                // A tumour of unspecified behaviour names no morphology: it is read apart, so that it never decides a
                // pathology report's primary, headings or option lists.
                (morphology.Behavior == NeoplasmBehavior.Unspecified ? _unspecifiedBehavior : _morphologies).Add(term, morphology);
            }
        }
        foreach (var words in rules.ExtensionWords)
        {
            _extension.Add(words, words);
        }
        foreach (var words in rules.InSituWords)
        {
            _inSitu.Add(words, words);
        }
        foreach (var label in rules.SpecimenWords)
        {
            _siteLabels.Add(label, label);
        }
        foreach (var label in rules.TypeFieldLabels ?? [])
        {
            _typeLabels.Add(label, label);
        }
        _typeFieldSections = new HashSet<string>(rules.TypeFieldSections ?? [], StringComparer.Ordinal);
        _formFieldSections = new HashSet<string>(rules.FormFieldSections ?? [], StringComparer.Ordinal);
        _metastatic = new HashSet<string>(rules.MetastaticWords.Select(Fold), StringComparer.Ordinal);
        _spread = new HashSet<string>(rules.SpreadWords.Select(Fold), StringComparer.Ordinal);
        _invadedOrSpared = new HashSet<string>(rules.InvadedOrSparedWords.Select(Fold), StringComparer.Ordinal);
        _origin = new HashSet<string>(rules.OriginWords.Select(Fold), StringComparer.Ordinal);
        _located = new HashSet<string>((rules.LocatedWords ?? []).Select(Fold), StringComparer.Ordinal);
        _margin = new HashSet<string>(rules.MarginWords.Select(Fold), StringComparer.Ordinal);
        _dysplasia = new HashSet<string>((rules.DysplasiaWords ?? []).Select(Fold), StringComparer.Ordinal);
        _example = new HashSet<string>((rules.ExampleWords ?? []).Select(Fold), StringComparer.Ordinal);
        _notDiagnosis = new HashSet<string>(rules.NotDiagnosisWords.Select(Fold), StringComparer.Ordinal);
        _spreadCategories = new HashSet<string>(rules.SpreadCategories, StringComparer.Ordinal);
        _serosa = (rules.SerosaWords ?? []).SelectMany(Tokenizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _siteBound = (rules.SiteBoundTerms ?? []).Select(Fold).ToHashSet(StringComparer.Ordinal);
        _metastaticSiteWords = (rules.MetastaticSiteWords ?? []).Select(Fold).ToHashSet(StringComparer.Ordinal);
        _cause = (rules.CauseWords ?? []).Select(Fold).ToHashSet(StringComparer.Ordinal);
        _formTitle = (rules.FormTitleWords ?? []).Select(Fold).ToHashSet(StringComparer.Ordinal);
        _clinicalSections = new HashSet<string>(rules.ClinicalSections, StringComparer.Ordinal);
        _runOn = (rules.RunOnWords ?? []).Select(Fold).ToHashSet(StringComparer.Ordinal);
        _typeWords = (rules.TypeWords ?? []).Select(Fold).ToHashSet(StringComparer.Ordinal);
        _size = (rules.SizeWords ?? []).Select(Fold).ToHashSet(StringComparer.Ordinal);
        _sizeLead = (rules.SizeLeadWords ?? []).Select(Fold).ToHashSet(StringComparer.Ordinal);
        _siteAdjectives = rules.SiteAdjectives.Keys.Select(Fold).ToHashSet(StringComparer.Ordinal);
        _overlappingSites = rules.OverlappingSites ?? [];
        _unspecifiedParts = (rules.UnspecifiedParts ?? new Dictionary<string, IReadOnlyList<string>>())
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (side, words) in rules.Laterality)
        {
            foreach (var word in words)
            {
                _sides[Fold(word)] = Enum.Parse<BodySide>(side, ignoreCase: true);
            }
        }
        foreach (var (procedure, site) in rules.ProcedureSites ?? new Dictionary<string, string>())
        {
            _procedures.Add(procedure, _sites.Find(site) ?? throw new InvalidDataException($"Procedure '{procedure}' names no table site '{site}'."));
        }
        foreach (var morphology in rules.Morphologies)
        {
            foreach (var (organ, part) in morphology.OrganParts ?? new Dictionary<string, string>())
            {
                var organCode = _sites.Find(organ)?.Entry.Primary ?? throw new InvalidDataException($"Morphology '{morphology.Id}' names no table site '{organ}'.");
                _organParts[(morphology.Id, organCode)] = _sites.Find(part)?.Entry ?? throw new InvalidDataException($"Morphology '{morphology.Id}' names no table site '{part}'.");
            }
        }
        foreach (var (grading, site) in rules.GradingSites ?? new Dictionary<string, string>())
        {
            _gradingSites[Fold(grading)] = _sites.Find(site) ?? throw new InvalidDataException($"Grading system '{grading}' names no table site '{site}'.");
        }
        var vocabulary = rules.Morphologies.SelectMany(morphology => morphology.Terms).Concat(rules.MetastaticWords)
            .SelectMany(Tokenizer.Normalize)
            .Where(word => word.Length >= 7 && word.All(char.IsLetter));
        var modifiers = rules.Morphologies.Where(morphology => morphology.Behavior == NeoplasmBehavior.Primary).SelectMany(morphology => morphology.Terms)
            .SelectMany(Tokenizer.Normalize).Where(word => word.All(char.IsLetter));
        Repair = new OcrWordRepair(vocabulary, _sites.PhraseWords, rules.RealWords ?? [], modifiers);
    }

    /// <summary>The OCR repair of the morphology words, applied to a document's tokens before they are read.</summary>
    internal OcrWordRepair Repair { get; }

    /// <summary>Name of the rule file under Rules/.</summary>
    public const string RuleFileName = "neoplasm_morphology.json";

    /// <summary>The site index built from the table (phrases and rows).</summary>
    public NeoplasmSiteIndex Sites => _sites;

    /// <summary>Every neoplasm code the text supports, one entry per mention, in text order.</summary>
    public IReadOnlyList<NeoplasmMention> Code(TextModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sections = document.Sections;
        var tokens = Repair.Repair(text, document.Tokens);
        if (tokens.Count == 0)
        {
            return [];
        }
        var sentences = document.Sentences;
        var morphologies = new IReadOnlyList<PhraseMatch<MorphologyRule>>[sentences.Count];
        var tumors = new IReadOnlyList<PhraseMatch<MorphologyRule>>[sentences.Count];
        var anyMorphology = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            morphologies[s] = WithMetastaticSites(tokens, sentences[s],
                s > 0 ? WrappedMorphologies(tokens, sentences[s - 1], sentences[s]) : _morphologies.FindAll(tokens, sentences[s]));
            var named = morphologies[s];
            tumors[s] = _unspecifiedBehavior.FindAll(tokens, sentences[s]).Where(tumor => !named.Any(morphology => Overlaps(morphology.Tokens, tumor.Tokens))).ToArray();
            anyMorphology |= named.Count > 0 || tumors[s].Count > 0;
        }
        // Every code comes from a morphology word: a text that names none (most chest X-ray reports) is done.
        if (!anyMorphology)
        {
            return [];
        }
        var analysed = new SentenceView[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            analysed[s] = Analyse(text, tokens, sentences[s], morphologies[s], sections);
        }
        DiagnosesUnderClinicalHeader(tokens, analysed);
        HeadingsAfterBareLabels(tokens, analysed);
        var optionNames = analysed.Select((sentence, s) => OptionName(
            tokens, sentence.Range, s > 0 && IsBareLabel(tokens, analysed[s - 1].Range), sentence.Morphologies, sentence.Sites.Count)).ToArray();
        var options = OptionLists(optionNames, analysed.Select((sentence, s) => optionNames[s] is null
            ? UnnumberedOption(tokens, sentence.Range, sentence.Morphologies, sentence.Sites.Count) : null).ToArray());
        var siteLine = analysed.FirstOrDefault(sentence => sentence.IsSiteLine && sentence.Sites.Count > 0)?.Sites[0]
                       ?? PartSiteLine(text, tokens, analysed) ?? SiteBelowLabel(tokens, analysed);
        var clinicalSites = ClinicalSites(tokens, analysed);
        var clinical = clinicalSites.Select(SiteCategory).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var clinicalSite = clinical.Count == 1 ? clinicalSites.First(site => SiteCategory(site) is not null) : null;
        // The one organ a report names anywhere (a tissue bank's form: "FF RESECT LLL" / "T2 N0 M0 adenocarcinoma") stands in
        // for the clinical sections' site; bone, soft tissue, pleura and lymph nodes are no organ a carcinoma arises in.
        var organs = analysed.SelectMany(sentence => sentence.Sites.Where(site => site.Match.Value.Entry.Primary is { } code
                && !_spreadCategories.Contains(Category(code))
                && _assertions.Assess(text, tokens, sentence.Range, [site.Match.Tokens])[0].Assertion is Assertion.Present))
            .ToArray();
        var onlyOrgan = organs.Select(site => Category(site.Match.Value.Entry.Primary!)).Distinct(StringComparer.Ordinal).Count() == 1 ? organs[0] : null;
        var candidates = new List<Candidate>();
        var formLines = CodedFormLines(text, sections);
        for (var s = 0; s < analysed.Length; s++)
        {
            var sentence = analysed[s];
            for (var m = 0; m < sentence.Morphologies.Count; m++)
            {
                if (sentence.Assertions[m] != Assertion.Present || !(IsCoded(tokens, sentence) || InSpans(formLines, tokens[sentence.Range.Start].Start)) || options[s]
                    || IsFormTitle(tokens, sentence))
                {
                    continue;
                }
                CodeMention(text, tokens, analysed, s, sentence.Morphologies[m], siteLine, clinicalSite, onlyOrgan, candidates);
            }
            if (tumors[s].Count > 0 && !sentence.IsHeading && IsCoded(tokens, sentence) && !options[s])
            {
                CodeUnspecifiedBehavior(text, tokens, sentence, tumors[s], candidates);
            }
        }
        var ruledOut = RuledOutSites(tokens, analysed, options);
        if (ruledOut.Count > 0)
        {
            ClinicalRuledOut(candidates, clinical, ruledOut);
        }
        return SinglePrimary(candidates, siteLine, clinical, NamedPrimaries(text, tokens, analysed));
    }

    // "bladder tumor", "a tumor of the left kidney": the Index's "Tumor — see Neoplasm, unspecified behavior, by site" (D49),
    // stated present at the site the sentence names as the tumour's own (never a heading's, a form's or one it spreads into;
    // never a lymph node, where a tumour is another's spread: "tumor in 2 of 12 lymph nodes").
    private void CodeUnspecifiedBehavior(
        string text, IReadOnlyList<Token> tokens, SentenceView sentence, IReadOnlyList<PhraseMatch<MorphologyRule>> tumors, List<Candidate> candidates)
    {
        var decisions = _assertions.Assess(text, tokens, sentence.Range, tumors.Select(tumor => tumor.Tokens).ToArray());
        for (var t = 0; t < tumors.Count; t++)
        {
            var tumor = tumors[t].Tokens;
            if ((decisions[t].Trigger is null ? SectionDefault(sentence.Section) : decisions[t].Assertion) != Assertion.Present
                || tumor.End < sentence.Range.End && _notDiagnosis.Contains(tokens[tumor.End].Value)
                || tumor.Start > sentence.Range.Start && _dysplasia.Contains(tokens[tumor.Start - 1].Value)
                || IsMarkerName(tokens, tumor) || IsMetastatic(tokens, sentence.Range, tumor) || IsExtension(tokens, sentence.Range, tumor)
                || InExample(tokens, tumor.Start)
                || OriginSite(tokens, sentence, tumor, false) is not { } origin
                || origin.Match.Value.Entry is not { Primary: not null, Unspecified: { } unspecified })
            {
                continue;
            }
            var adjacent = origin.Match.Tokens.End <= tumor.Start && IsAdjacent(tokens, origin.Match.Tokens, tumor);
            if (origin.Match.Tokens.Start >= tumor.End || adjacent)
            {
                var reading = new Reading(SpanOf(text, tokens, tumor), sentence.Section, false, false);
                Emit(candidates, Complete(unspecified, origin.Side), NeoplasmBehavior.Unspecified, true, reading, origin);
            }
        }
    }

    // "7. Oral cavity, left tongue and palate." / "Squamous cell carcinoma": a list label read as a sentence of its own
    // ("7.") labels the sites that follow it on its line, a specimen heading as much as "(7) Tongue:" is.
    private void HeadingsAfterBareLabels(IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        for (var s = 1; s < analysed.Length; s++)
        {
            var sentence = analysed[s];
            if (!sentence.IsHeading && sentence.Morphologies.Count == 0 && sentence.Sites.Count > 0 && !tokens[sentence.Range.Start].LineStart
                && analysed[s - 1].Range.End == sentence.Range.Start && IsBareLabel(tokens, analysed[s - 1].Range)
                && tokens[analysed[s - 1].Range.Start].LineStart
                && NamesOnlySites(tokens, sentence)
                && s + 1 < analysed.Length && tokens[analysed[s + 1].Range.Start].LineStart && analysed[s + 1].Morphologies.Count > 0
                && WordsBetween(tokens, analysed[s + 1].Range.Start, analysed[s + 1].Morphologies[0].Tokens.Start).Count <= 3)
            {
                analysed[s] = sentence with { IsHeading = true };
            }
        }
    }

    // "Oral Cavity; left tongue, left floor of mouth and palate.": a line that opens with a site (after its side) and goes
    // on with sites, their sides and the words joining them, with at most one other word; never a sentence about a site
    // ("Ureter shows no urothelium.").
    private bool NamesOnlySites(IReadOnlyList<Token> tokens, SentenceView sentence)
    {
        var others = 0;
        for (var i = sentence.Range.Start; i < sentence.Range.End; i++)
        {
            if (!tokens[i].IsWordLike || tokens[i].IsCoordination || _sides.ContainsKey(tokens[i].Value)
                || sentence.Sites.Any(site => site.Match.Tokens.Start <= i && i < site.Match.Tokens.End))
            {
                continue;
            }
            if (sentence.Sites[0].Match.Tokens.Start > i || ++others > 1)
            {
                return false;
            }
        }
        return true;
    }

    // "metastatic axillary lymph nodes", "metastatic liver": a metastasis adjective right before a site that no morphology
    // follows names that site's secondary (Index: Metastasis, metastatic — see Neoplasm, secondary, by site); before a site
    // and a morphology it only says the morphology spread ("metastatic lung cancer" is a lung primary that spread).
    private IReadOnlyList<PhraseMatch<MorphologyRule>> WithMetastaticSites(IReadOnlyList<Token> tokens, TokenRange sentence, IReadOnlyList<PhraseMatch<MorphologyRule>> found)
    {
        List<PhraseMatch<MorphologyRule>>? added = null;
        for (var i = sentence.Start; i + 1 < sentence.End; i++)
        {
            if (!_metastaticSiteWords.Contains(tokens[i].Value) || found.Any(morphology => morphology.Tokens.Start <= i && i < morphology.Tokens.End)
                || _sites.Matcher.Match(tokens, i + 1, sentence.End) is not { } site
                || found.Any(morphology => morphology.Tokens.Start > i && morphology.Tokens.Start <= site.Tokens.End + 1)
                || _unspecifiedBehavior.Match(tokens, site.Tokens.End, sentence.End) is not null)
            {
                continue;
            }
            (added ??= [.. found]).Add(new PhraseMatch<MorphologyRule>(MetastaticSite, new TokenRange(i, i + 1)));
        }
        return added is null ? found : added.OrderBy(morphology => morphology.Tokens.Start).ToArray();
    }

    // The morphologies of a sentence, where the one that opens its line finishes a term the line above began: "Papillary
    // Renal Cell" / "Carcinoma (Type 1)" is a renal cell carcinoma (the line above ends with no punctuation), read with the
    // longer term's rule over the words of this sentence.
    private IReadOnlyList<PhraseMatch<MorphologyRule>> WrappedMorphologies(IReadOnlyList<Token> tokens, TokenRange above, TokenRange sentence)
    {
        var found = _morphologies.FindAll(tokens, sentence);
        if (found.Count == 0 || found[0].Tokens.Start != sentence.Start || !tokens[sentence.Start].LineStart
            || above.End != sentence.Start || !tokens[above.End - 1].IsWordLike)
        {
            return found;
        }
        for (var start = Math.Max(above.Start, above.End - WrappedTermReach); start < above.End; start++)
        {
            if (_morphologies.Match(tokens, start, found[0].Tokens.End) is { } longer && longer.Tokens.End == found[0].Tokens.End)
            {
                return [new PhraseMatch<MorphologyRule>(longer.Value, found[0].Tokens), .. found.Skip(1)];
            }
        }
        return found;
    }

    private const int WrappedTermReach = 3;

    private void CodeMention(
        string text, IReadOnlyList<Token> tokens, SentenceView[] analysed, int index,
        PhraseMatch<MorphologyRule> morphology, SiteMention? siteLine, SiteMention? clinicalSite, SiteMention? onlyOrgan, List<Candidate> mentions)
    {
        var sentence = analysed[index];
        var rule = morphology.Value;
        if (morphology.Tokens.End < sentence.Range.End && _notDiagnosis.Contains(tokens[morphology.Tokens.End].Value)
            || IsMarkerName(tokens, morphology.Tokens))
        {
            return;
        }
        if (rule.Behavior == NeoplasmBehavior.Primary && _inSitu.Match(tokens, morphology.Tokens.End, sentence.Range.End) is not null)
        {
            rule = rule with { Behavior = NeoplasmBehavior.InSitu, Code = null, UnspecifiedSite = null };
        }
        var metastatic = rule.Behavior == NeoplasmBehavior.Secondary || IsMetastatic(tokens, sentence.Range, morphology.Tokens)
                         || EndsOnMetastaticLine(tokens, analysed, index);
        var morphologySpan = SpanOf(text, tokens, morphology.Tokens);
        // A synoptic's histologic-type field describes the tumour its site line places, whichever specimen heading it sits under.
        var operation = OperationLabelSite(text, tokens, sentence, morphology.Tokens);
        var heading = operation
                      ?? (!metastatic && siteLine is not null && IsTypeField(tokens, sentence.Range) ? siteLine : HeadingSite(tokens, analysed, index, !metastatic));
        var origin = ReferenceEquals(rule, MetastaticSite)
            ? sentence.Sites.FirstOrDefault(site => site.Match.Tokens.Start == morphology.Tokens.End)
            : Refine(OriginSite(tokens, sentence, morphology.Tokens, metastatic) ?? WrappedSite(tokens, analysed, index, morphology.Tokens, !metastatic), heading);
        if (ReferenceEquals(rule, MetastaticSite) && origin is null)
        {
            return;
        }
        // A site the tumour spreads into ("invading the urethra") leaves the heading's site open, unless it is a tissue a
        // tumour only reaches (bone, soft tissue: "SQUAMOUS CARCINOMA INVADING BONE" under "RESECTION ANTERIOR MANDIBLE:").
        var spreads = sentence.Sites.Any(site => IsSpread(tokens, sentence.Range, site.Match.Tokens));
        var context = origin ?? (spreads && operation is null ? null : heading);
        if (context is null && spreads && operation is null)
        {
            context = ListedOrganInvolved(tokens, analysed, index);
        }
        if (context is { Inferred: true } && siteLine is not null)
        {
            // The report's tumour-site line names the organ; an operation's name only stands in where nothing does.
            origin = null;
            context = siteLine;
        }
        var extension = IsExtension(tokens, sentence.Range, morphology.Tokens);
        var adjacent = origin is not null && origin.Match.Tokens.End <= morphology.Tokens.Start && IsAdjacent(tokens, origin.Match.Tokens, morphology.Tokens);
        var stated = origin is not null && !extension && (origin.Match.Tokens.Start >= morphology.Tokens.End || adjacent);
        var reading = new Reading(morphologySpan, sentence.Section, extension,
            !_clinicalSections.Contains(sentence.Section) && OpensStatement(tokens, sentence.Range, sentence.Sites.Select(site => site.Match.Tokens), adjacent ? origin!.Match.Tokens.Start : morphology.Tokens.Start));
        if (metastatic && origin is not null && NamesOrigin(tokens, sentence.Range, origin))
        {
            // "metastasis of clear cell carcinoma of renal origin", "the gastric origin of the metastasis": the site names
            // where the tumour arose, never where its metastasis lies.
            Emit(mentions, PrimaryCode(rule with { Code = null }, origin), NeoplasmBehavior.Primary, true, reading, origin);
            return;
        }
        if (metastatic)
        {
            var primary = rule.Behavior == NeoplasmBehavior.Secondary ? AdjacentBefore(sentence, morphology.Tokens) : NamingBefore(tokens, sentence, morphology.Tokens);
            if (primary is not null && rule.Behavior != NeoplasmBehavior.Secondary)
            {
                Emit(mentions, PrimaryCode(rule, primary), NeoplasmBehavior.Primary, true, reading, primary);
            }
            // "bone metastases": a site just before a metastasis is where it lies; so it is in "left renal metastasis of
            // pulmonary epidermoid carcinoma", whose site after "of" opens the tumour it spread from.
            var location = origin is not null && origin != primary && !ModifiesAnotherMorphology(tokens, sentence, origin, morphology.Tokens) ? origin
                : rule.Behavior == NeoplasmBehavior.Secondary && primary is not null ? primary : HeadingSite(tokens, analysed, index, false);
            if (location is not null && (location != primary || rule.Behavior == NeoplasmBehavior.Secondary) && !ModifiesAnotherMorphology(tokens, sentence, location, morphology.Tokens)
                && location.Match.Value.Entry.Secondary is { } secondary)
            {
                Emit(mentions, Complete(secondary, location.Side), NeoplasmBehavior.Secondary, true, reading, location);
                foreach (var coordinated in Coordinated(tokens, sentence, location))
                {
                    if (coordinated.Match.Value.Entry.Secondary is { } alsoSecondary)
                    {
                        Emit(mentions, Complete(alsoSecondary, coordinated.Side), NeoplasmBehavior.Secondary, true, reading, coordinated);
                    }
                }
            }
            return;
        }
        if (rule.Code is not null)
        {
            var sameSite = context is not null && SameCategory(rule.Code, context.Match.Value.Entry.Primary) ? context : null;
            Emit(mentions, Complete(rule.Code, sameSite?.Side ?? sentence.Side), rule.Behavior, true, reading, sameSite);
            return;
        }
        if (context is null && rule.UnspecifiedSite is not null)
        {
            Emit(mentions, rule.UnspecifiedSite, rule.Behavior, true, reading, null);
            return;
        }
        // A malignancy the diagnosis places nowhere is at the report's tumour site ("Tumor site: splenic flexure" /
        // "Histology: adenocarcinoma"), else at the site the clinical sections name ("Clinical history: oral cancer" then
        // "7. Squamous cell carcinoma, moderately differentiated"), else at the one organ the report names at all.
        context ??= rule.Behavior == NeoplasmBehavior.Primary && !spreads
            ? GradedSite(text, tokens, sentence.Range) ?? siteLine ?? clinicalSite
              ?? (sentence.Sites.Count == 0 && !HasHeadingAbove(analysed, index) ? onlyOrgan : null)
            : null;
        // "adenocarcinoma of the colorectal type": a site that names the tumour's kind places it only when nothing else does.
        context ??= rule.Behavior == NeoplasmBehavior.Primary ? TypeSite(tokens, sentence, morphology.Tokens) : null;
        if (context is null)
        {
            return;
        }
        var entry = context.Match.Value.Entry;
        if (rule.Behavior == NeoplasmBehavior.Primary && _sites.MorphologyRow(entry, string.Join(' ', Words(tokens, morphology.Tokens))) is { Primary: not null } specific)
        {
            entry = specific;
        }
        // "Uterus: squamous cell carcinoma": the part of the organ whose lining the morphology arises from (the cervix).
        if (rule.Behavior != NeoplasmBehavior.Secondary && entry.Primary is { } organ && _organParts.TryGetValue((rule.Id, organ), out var part))
        {
            entry = part;
        }
        // A carcinoma of a bone the table gives a carcinoma row ("maxilla, carcinoma" C03.0; "mandible, alveolar mucosa
        // (carcinoma)" C03.1) arose in that mucosa and invades the bone: the table's row, not the bone's secondary.
        if (rule.Behavior == NeoplasmBehavior.Primary && rule.Epithelial && entry.Primary is { } bone && _spreadCategories.Contains(Category(bone))
            && _sites.CarcinomaRows(entry).FirstOrDefault(row => !_spreadCategories.Contains(Category(row.Primary!))) is { } mucosa)
        {
            entry = mucosa;
        }
        var column = entry.CodeFor(rule.Behavior) is not null || entry.Primary is not null ? rule.Behavior : NeoplasmBehavior.Secondary;
        if (column == NeoplasmBehavior.Primary && entry.Primary is { } site
            && (rule.Epithelial && _spreadCategories.Contains(Category(site)) || rule.PrimaryCategories is { } origins && !origins.Contains(Category(site))))
        {
            column = NeoplasmBehavior.Secondary;
            stated = true;
        }
        // "UTERUS, SEROSA: papillary serous carcinoma", "implants on the uterine serosa": a carcinoma on an organ's serosa
        // is spread over the peritoneum that covers it, not a tumour arising in the organ.
        if (column == NeoplasmBehavior.Primary && OnSerosa(tokens, context.Match.Tokens))
        {
            column = NeoplasmBehavior.Secondary;
            stated = true;
        }
        Emit(mentions, entry.CodeFor(column) is { } code ? Complete(code, context.Side) : null, column, stated, reading, context);
    }

    private string? PrimaryCode(MorphologyRule rule, SiteMention site) =>
        rule.Code is not null ? Complete(rule.Code, site.Side)
        : site.Match.Value.Entry.Primary is { } primary ? Complete(primary, site.Side)
        : null;

    private static void Emit(List<Candidate> candidates, string? code, NeoplasmBehavior column, bool stated, Reading reading, SiteMention? site)
    {
        if (code is null)
        {
            return;
        }
        var morphology = reading.Morphology;
        var evidence = site is null || site.Span.Start == morphology.Start ? [morphology]
            : site.Span.Start < morphology.Start ? new[] { site.Span, morphology } : [morphology, site.Span];
        candidates.Add(new Candidate(
            code, column, stated, reading.Extension, reading.Statement, site, morphology, evidence, reading.Section));
    }

    private static string Category(string code) => IcdCatalog.Key(code)[..3];

    private string? Complete(string code, BodySide side) => NeoplasmCodeCompletion.Complete(_catalog, code, side);

    private SentenceView Analyse(
        string text, IReadOnlyList<Token> tokens, TokenRange range, IReadOnlyList<PhraseMatch<MorphologyRule>> morphologies, IReadOnlyList<Section> sections)
    {
        // The last token, not the first: a sentence can begin with its section's header ("INDICATION: breast cancer.").
        var section = SectionOf(sections, tokens[range.End - 1].Start);
        var sites = new List<SiteMention>();
        List<SiteMention>? typeSites = null;
        var side = SideOf(tokens, range);
        var siteMatches = _sites.Matcher.FindAll(tokens, range).ToList();
        foreach (var match in siteMatches)
        {
            if (morphologies.Any(morphology => Overlaps(morphology.Tokens, match.Tokens)) || IsMargin(tokens, range, match.Tokens)
                || IsInvadedOrSpared(tokens, range, match.Tokens))
            {
                continue;
            }
            var siteSide = SideOf(tokens, match.Tokens) is var own && own != BodySide.Unspecified ? own : SideLeftFor(tokens, range, siteMatches, match, side);
            var mention = new SiteMention(match, SpanOf(text, tokens, match.Tokens), siteSide);
            if (NamesType(tokens, range, match.Tokens))
            {
                (typeSites ??= []).Add(mention);
                continue;
            }
            sites.Add(mention);
        }
        if (morphologies.Any(morphology => IsSiteBound(tokens, morphology.Tokens)))
        {
            morphologies = morphologies.Where(morphology => !IsSiteBound(tokens, morphology.Tokens) || FollowsSite(tokens, range, sites, morphology.Tokens)).ToArray();
        }
        if (sites.Count == 0 && morphologies.Count == 0 && ProcedureSite(text, tokens, range, side) is { } removed)
        {
            sites.Add(removed);
        }
        else if (sites.Count > 0 && sites.TrueForAll(site => site.Match.Value.Entry.Primary is null) && morphologies.Count == 0
                 && ProcedureSite(text, tokens, range, side) is { } organ)
        {
            // "Left pneumonectomy and lymph node sampling:": the nodes removed with the organ name no primary site; the
            // operation names the organ, the nodes stay the place of a metastasis below the heading.
            sites.Insert(0, organ);
        }
        else if (sites.Count > 0 && morphologies.Count == 0
                 && ProcedureSite(text, tokens, new TokenRange(range.Start, sites[0].Match.Tokens.Start), side) is { } listedFirst
                 && SiteCategory(listedFirst) != SiteCategory(sites[0]))
        {
            // "Specimen type: Hysterectomy, left ovary, right ovary, ...": an operation that opens a list of specimens names
            // the organ it removed, the main specimen, before the organs listed after it.
            sites.Insert(0, listedFirst);
        }
        var assertions = morphologies.Count == 0
            ? []
            : morphologies.Select(match => FieldOf(tokens, range, match.Tokens) is { } field
                    ? _assertions.Assess(text, tokens, field, [match.Tokens])[0]
                    : _assertions.Assess(text, tokens, RunOnRange(tokens, range), [match.Tokens])[0])
                .Select((decision, m) => decision.Trigger is null || IsCurrentDespiteHistory(decision, morphologies[m].Value, tokens, range) ? SectionDefault(section) : decision.Assertion)
                .Select((assertion, m) => InExample(tokens, morphologies[m].Tokens.Start) ? Assertion.Hypothetical : assertion).ToArray();
        return new SentenceView(range, section, morphologies, assertions, sites, side, IsHeading(tokens, range, section, morphologies.Count), IsLabelled(tokens, range), IsSiteLine(tokens, range, sites))
        {
            TypeSites = typeSites ?? [],
        };
    }

    // The site that names the morphology's kind right before it ("Mullerian type adenocarcinoma") or a few words after it
    // ("adenocarcinoma of the colorectal type"); never a kind named further on ("epithelium with intestinal-type differentiation").
    private static SiteMention? TypeSite(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology) =>
        sentence.TypeSites.FirstOrDefault(site => site.Match.Tokens.Start >= morphology.End
            ? WordsBetween(tokens, morphology.End, site.Match.Tokens.Start).Count <= TypeSiteReach
            : WordsBetween(tokens, site.Match.Tokens.End, morphology.Start).Count <= 1);

    private const int TypeSiteReach = 3;

    // "of the colorectal type", "endocervical-type": a site followed by a type word names the kind of tumour, not its place.
    private bool NamesType(IReadOnlyList<Token> tokens, TokenRange range, TokenRange site)
    {
        var next = site.End;
        while (next < range.End && tokens[next].Value == "-")
        {
            next++;
        }
        return next < range.End && _typeWords.Contains(tokens[next].Value);
    }

    // A metastasis stated as history ("a history of prostate adenocarcinoma with vertebral metastases") is disease still
    // present, and so is a primary its sentence says is still treated ("maintaining adequate control"): guidelines I.C.2.d, I.C.2.m.
    private static bool IsCurrentDespiteHistory(AssertionDecision decision, MorphologyRule morphology, IReadOnlyList<Token> tokens, TokenRange range) =>
        decision.Assertion == Assertion.Historical && decision.DatesOnset
        && (morphology.Behavior == NeoplasmBehavior.Secondary || LastingConditions.Embedded.StatesOngoingTreatment(tokens, range));

    private static string? SiteCategory(NeoplasmSite site) => (site.Entry.Primary ?? site.Entry.Secondary) is { } code ? Category(code) : null;

    private Assertion SectionDefault(string section) => _sectionRules.Find(section).DefaultAssertion switch
    {
        Assertion.Family => Assertion.Family,
        _ => Assertion.Present,
    };

    // The first token past a bracketed aside that opens at index start ("(Histology)"), else start.
    private static int PastAside(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start >= end || tokens[start].Value != "(")
        {
            return start;
        }
        for (var i = start + 1; i < end; i++)
        {
            if (tokens[i].Value == ")")
            {
                return i + 1;
            }
        }
        return start;
    }

    private static string SectionOf(IReadOnlyList<Section> sections, int offset)
    {
        foreach (var section in sections)
        {
            if (section.Content.Start <= offset && offset < section.Content.End)
            {
                return section.Category;
            }
        }
        return SectionRuleSet.BodyCategory;
    }

    private static bool HasClauseBreak(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Value is "," or ";" or ":")
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasColon(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Value == ":")
            {
                return true;
            }
        }
        return false;
    }

    private static string? SiteCategory(SiteMention site) =>
        (site.Match.Value.Entry.Primary ?? site.Match.Value.Entry.Secondary) is { } code ? Category(code) : null;

    // The "(" that opens the parenthesis closed at index close, searched back to index start; -1 when there is none.
    private static int OpeningParenthesis(IReadOnlyList<Token> tokens, int start, int close)
    {
        for (var i = close - 1; i >= start; i--)
        {
            if (tokens[i].Value == "(")
            {
                return i;
            }
        }
        return -1;
    }

    private static IEnumerable<string> Words(IReadOnlyList<Token> tokens, TokenRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens[i].IsWordLike)
            {
                yield return tokens[i].Value;
            }
        }
    }

    private static List<string> WordsBetween(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = new List<string>();
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWordLike)
            {
                words.Add(tokens[i].Value);
            }
        }
        return words;
    }

    private static bool SameCategory(string code, string? other) =>
        other is not null && IcdCatalog.Key(code).AsSpan(0, 3).SequenceEqual(IcdCatalog.Key(other).AsSpan(0, 3));

    private static bool Overlaps(TokenRange a, TokenRange b) => a.Start < b.End && b.Start < a.End;

    private static Span SpanOf(string text, IReadOnlyList<Token> tokens, TokenRange range) =>
        Span.Of(text, tokens[range.Start].Start, tokens[range.End - 1].End);

    private static string Fold(string words) => string.Join(' ', Tokenizer.Normalize(words));

    private sealed record Candidate(
        string Code, NeoplasmBehavior Column, bool Stated, bool Extension, bool Statement, SiteMention? Site, Span Morphology,
        IReadOnlyList<Span> Evidence, string Section);

    // How one morphology mention reads: where, in which section, whether it is a tumour reaching a site
    // ("involved by carcinoma") and whether it is stated as a pathologic diagnosis of its own (not in the clinician's
    // "Pre-operative diagnosis:").
    private sealed record Reading(Span Morphology, string Section, bool Extension, bool Statement);

    // Inferred: named by the operation that removed the organ ("PARTIAL GLOSSECTOMY:"), not by the organ's own words.
    private sealed record SiteMention(PhraseMatch<NeoplasmSite> Match, Span Span, BodySide Side, bool Inferred = false);

    private sealed record SentenceView(
        TokenRange Range,
        string Section,
        IReadOnlyList<PhraseMatch<MorphologyRule>> Morphologies,
        IReadOnlyList<Assertion> Assertions,
        IReadOnlyList<SiteMention> Sites,
        BodySide Side,
        bool IsHeading,
        bool IsLabelled,
        bool IsSiteLine)
    {
        // Sites that name the tumour's kind ("of the colorectal type"), read only when no other site places it.
        public IReadOnlyList<SiteMention> TypeSites { get; init; } = [];
    }
}
