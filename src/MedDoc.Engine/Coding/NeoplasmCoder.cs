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
/// site's span. Immutable and thread-safe.
/// Example: "A. Kidney, left, nephrectomy:\nClear cell renal cell carcinoma." → C64.2 with evidence "renal cell carcinoma", "Kidney, left".
/// </summary>
public sealed class NeoplasmCoder
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
    private readonly HashSet<string> _clinicalSections;
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
        _clinicalSections = new HashSet<string>(rules.ClinicalSections, StringComparer.Ordinal);
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
        Repair = new OcrWordRepair(vocabulary, _sites.PhraseWords, rules.RealWords ?? []);
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
            morphologies[s] = s > 0 ? WrappedMorphologies(tokens, sentences[s - 1], sentences[s]) : _morphologies.FindAll(tokens, sentences[s]);
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
        var options = OptionLists(analysed.Select((sentence, s) => OptionName(
            tokens, sentence.Range, s > 0 && IsBareLabel(tokens, analysed[s - 1].Range), sentence.Morphologies, sentence.Sites.Count)).ToArray());
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
                if (sentence.Assertions[m] != Assertion.Present || !(IsCoded(tokens, sentence) || InSpans(formLines, tokens[sentence.Range.Start].Start)) || options[s])
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

    // "Procedure: Radical nephrectomy" read as a radiology examination section is a field of a pathology report's form: the
    // field ends with its line, and the lines below it (the form's other fields, its histologic type) are coded when the
    // section the form stands in is (the one before the field, the report's body when none). A header alone on its line
    // ("EXAMINATION:" / "CT chest") still opens an uncoded section. The spans of those lines, in text order.
    private List<(int Start, int End)> CodedFormLines(string text, IReadOnlyList<Section> sections)
    {
        var spans = new List<(int Start, int End)>();
        var enclosing = SectionRuleSet.BodyCategory;
        foreach (var section in sections)
        {
            if (!_formFieldSections.Contains(section.Category) || section.Header is not { } header)
            {
                enclosing = section.Category;
                continue;
            }
            var sameLine = text.IndexOf('\n', header.End, section.Content.Start - header.End) < 0;
            var lineEnd = text.IndexOf('\n', section.Content.Start, section.Content.End - section.Content.Start);
            if (sameLine && lineEnd >= 0 && _sectionRules.Find(enclosing).Coded)
            {
                spans.Add((lineEnd + 1, section.Content.End));
            }
        }
        return spans;
    }

    private static bool InSpans(List<(int Start, int End)> spans, int offset) => spans.Exists(span => span.Start <= offset && offset < span.End);

    // A clinical-history header whose diagnosis header was lost to OCR ("CLINICAL HISTORY:" ... "I1PRESSION:" ...
    // "CERVIX, BIOPSY:" / "Invasive squamous cell carcinoma") runs on over the diagnoses: from the first specimen heading
    // of the section (a line that opens with a site and ends with a colon, or states its diagnosis after the colon:
    // "Right kidney, radical nephrectomy: Papillary renal cell carcinoma") on, its sentences are the report's diagnoses.
    private void DiagnosesUnderClinicalHeader(IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        var diagnoses = false;
        var section = "";
        for (var s = 0; s < analysed.Length; s++)
        {
            var sentence = analysed[s];
            diagnoses &= sentence.Section == section;
            section = sentence.Section;
            if (!_clinicalSections.Contains(section))
            {
                continue;
            }
            diagnoses |= (tokens[sentence.Range.Start].LineStart || s > 0 && IsBareLabel(tokens, analysed[s - 1].Range)) && IsSpecimenHeading(tokens, sentence);
            if (diagnoses)
            {
                analysed[s] = sentence with { Section = DiagnosisSection };
            }
        }
    }

    private const string DiagnosisSection = "diagnosis";

    // "Right adnexa: positive for malignancy" reports a finding in a tissue, not the diagnosis line of a specimen.
    private const string ResultWord = "for";

    // "CERVIX, 1 O'CLOCK, BIOPSY:", "1)CERVIX, BIOPSY:", "Right kidney, radical nephrectomy: Papillary renal cell carcinoma":
    // a sentence that opens with a site (past its label and side) and ends with the colon after it, or names a morphology
    // just past it (at most two words between, not a test's result: "Right adnexa: positive for malignancy").
    private bool IsSpecimenHeading(IReadOnlyList<Token> tokens, SentenceView sentence)
    {
        if (sentence.Sites.Count == 0)
        {
            return false;
        }
        var start = sentence.IsLabelled ? LabelEnd(tokens, sentence.Range) : sentence.Range.Start;
        while (start < sentence.Range.End && (!tokens[start].IsWordLike || _sides.ContainsKey(tokens[start].Value)))
        {
            start++;
        }
        if (sentence.Sites[0].Match.Tokens.Start > start)
        {
            return false;
        }
        var colon = -1;
        for (var i = sentence.Range.Start; i < sentence.Range.End && colon < 0; i++)
        {
            colon = tokens[i].Value == ":" ? i : -1;
        }
        return colon > sentence.Sites[0].Match.Tokens.Start
               && (colon == sentence.Range.End - 1 || sentence.Morphologies.Any(morphology => morphology.Tokens.Start > colon
                   && WordsBetween(tokens, colon + 1, morphology.Tokens.Start) is { Count: <= 2 } lead && !lead.Contains(ResultWord)));
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

    // A synoptic form's site line that names only a part ("PANCREAS TISSUE CHECKLIST" ... "Tumor site: Head") names that
    // part of the organ the lines just above it name (the form's title, the operation: "Procedure: Pancreaticoduodenectomy").
    private SiteMention? PartSiteLine(string text, IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        for (var s = 0; s < analysed.Length; s++)
        {
            var line = analysed[s];
            if (!line.IsSiteLine || line.Sites.Count > 0 || FieldValue(tokens, line.Range) is not { } value)
            {
                continue;
            }
            var organ = OrganAbove(analysed, s);
            if (organ?.Match.Value.Entry is not { Primary: { } organCode, Path: [var name, ..] })
            {
                continue;
            }
            var words = string.Join(' ', Words(tokens, value));
            var part = _sites.Find($"{words} of {name}") ?? _sites.Find($"{name} {words}");
            if (part?.Entry.Primary is { } partCode && Category(partCode) == Category(organCode))
            {
                return new SiteMention(new PhraseMatch<NeoplasmSite>(part, value), SpanOf(text, tokens, value), BodySide.Unspecified);
            }
        }
        return null;
    }

    // A form's site label on a line of its own with the site on the line below ("Anatomic site and laterality" / "Bladder
    // NOS"): the line below, when it opens with the site, or names sites of one category after a few modifiers ("Right
    // dorsolateral bladder wall", "Anterior and posterior uterine walls"), and states no morphology.
    private SiteMention? SiteBelowLabel(IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        for (var s = 0; s + 1 < analysed.Length; s++)
        {
            var label = analysed[s];
            var value = analysed[s + 1];
            if (label.Sites.Count > 0 || label.Morphologies.Count > 0 || !tokens[label.Range.Start].LineStart || !tokens[value.Range.Start].LineStart
                || _siteLabels.Match(tokens, label.Range.Start, label.Range.End) is not { } match || !match.Value.Contains("site", StringComparison.Ordinal)
                || WordsBetween(tokens, match.Tokens.End, label.Range.End).Any(word => word is not ("and" or "laterality" or "side")))
            {
                continue;
            }
            if (value.Morphologies.Count == 0 && value.Sites.Count > 0
                && (value.Sites[0].Match.Tokens.Start == value.Range.Start || OpensWithModifiedSite(tokens, value)))
            {
                return value.Sites[0];
            }
        }
        return null;
    }

    // "Right dorsolateral bladder wall": at most three words before the first site, no article among them (a sentence, "The
    // bladder was not received", is no field value), and every site of the line in one category.
    private static bool OpensWithModifiedSite(IReadOnlyList<Token> tokens, SentenceView line) =>
        WordsBetween(tokens, line.Range.Start, line.Sites[0].Match.Tokens.Start) is { Count: <= 3 } lead
        && !lead.Any(word => word is "the" or "a" or "an")
        && line.Sites.Select(SiteCategory).Distinct(StringComparer.Ordinal).Count() == 1;

    // The one or two words after a field's colon ("Tumor site: Head").
    private static TokenRange? FieldValue(IReadOnlyList<Token> tokens, TokenRange line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (tokens[i].Value == ":")
            {
                var value = new TokenRange(i + 1, line.End);
                return value.Count is > 0 and <= 2 && Words(tokens, value).Count() == value.Count ? value : null;
            }
        }
        return null;
    }

    // The organ the nearest of the few lines above names alone (one category), if any.
    private static SiteMention? OrganAbove(SentenceView[] analysed, int index)
    {
        for (var s = index - 1; s >= Math.Max(0, index - PartSiteReach); s--)
        {
            var organs = analysed[s].Sites.Where(site => site.Match.Value.Entry.Primary is not null).ToArray();
            if (organs.Length > 0)
            {
                return organs.Select(SiteCategory).Distinct(StringComparer.Ordinal).Count() == 1 ? organs[0] : null;
            }
        }
        return null;
    }

    private const int PartSiteReach = 6;

    // The sites the clinician's sections (clinical history, pre-operative diagnosis) give to a malignancy: "Clinical
    // history: bladder cancer" → bladder. They name the tumour the operation was for, so they tell the primary when the
    // report's own diagnoses place malignancies at several sites. Never coded from there alone.
    private List<SiteMention> ClinicalSites(IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        var sites = new List<SiteMention>();
        foreach (var sentence in analysed)
        {
            if (!_clinicalSections.Contains(sentence.Section))
            {
                continue;
            }
            for (var m = 0; m < sentence.Morphologies.Count; m++)
            {
                var morphology = sentence.Morphologies[m];
                if (morphology.Value.Behavior != NeoplasmBehavior.Primary || sentence.Assertions[m] != Assertion.Present
                    || IsMetastatic(tokens, sentence.Range, morphology.Tokens))
                {
                    continue;
                }
                if (OriginSite(tokens, sentence, morphology.Tokens, false) is { Match.Value.Entry.Primary: not null } site)
                {
                    sites.Add(site);
                }
            }
        }
        return sites;
    }

    // One resection report describes one primary tumour: its tumour-site line names it, else the one site its text
    // places its malignancies at (a site the tumour reaches, "Left seminal vesicle involved by carcinoma", never
    // decides; the pre-operative diagnosis counts, it tells a cervical cancer from a uterine one). A malignancy
    // that only a specimen heading places at another site is that site's secondary ("B. Omentum: carcinoma" after
    // "A. Right ovary: serous carcinoma" → C78.6). A second primary is coded when the report states it as a diagnosis of
    // its own ("PROSTATE: Prostatic adenocarcinoma, Gleason score 6" in a cystoprostatectomy with a "Tumor site:
    // bladder" line); a mention in passing ("CAP protocol for carcinoma of the prostate") is not. When the text places
    // malignancies at several sites and no site line decides, none is coded as primary here: the curated concepts that
    // state a diagnosis of their own are (Icd10Coder).
    private List<NeoplasmMention> SinglePrimary(
        List<Candidate> candidates, SiteMention? siteLine, IReadOnlySet<string> clinical, IReadOnlySet<string> namedPrimaries)
    {
        var placed = candidates.Where(candidate => candidate.Column == NeoplasmBehavior.Primary && !candidate.Extension).ToArray();
        var named = placed.Where(candidate => candidate.Site is not { Inferred: true }).ToArray();
        var inferredOnly = named.Length == 0;
        var placing = (inferredOnly ? placed : named).Select(candidate => Category(candidate.Code)).ToHashSet(StringComparer.Ordinal);
        var wholes = placing.Where(category => _unspecifiedParts.TryGetValue(category, out var parts) && parts.Overlaps(placing)).ToArray();
        placing.ExceptWith(wholes);
        clinical = Narrowed(clinical, wholes, placing);
        namedPrimaries = Narrowed(namedPrimaries, wholes, placing);
        namedPrimaries = Widened(namedPrimaries, placing);
        var overlap = siteLine is null ? Overlap(placing, clinical, namedPrimaries) : null;
        var primaryCategory = siteLine?.Match.Value.Entry.Primary is { } stated ? Category(stated)
            : overlap is not null ? Category(overlap.Code) : PrimaryCategory(placing, clinical, namedPrimaries);
        if (primaryCategory is { Length: 0 } && MainSpecimen(inferredOnly ? placed : named, placing) is { } main)
        {
            primaryCategory = main;
        }
        // A carcinoma only said to reach a site ("Left seminal vesicle involved by carcinoma") in a report whose clinical
        // sections name one cancer ("Prostate ca.") is that cancer's spread, not a primary of the site it reaches.
        if (primaryCategory is null && clinical.Count == 1 && candidates.Any(candidate => candidate.Extension))
        {
            primaryCategory = clinical.Single();
        }
        // "MAXILLA, PARTIAL MAXILLECTOMY:" / "Squamous cell carcinoma" / "Tumor Site: Hard palate": where the tumour-site line
        // names an organ at which nothing is placed, a malignancy only its heading placed is the one the line describes.
        var siteLineCode = siteLine?.Match.Value.Entry.Primary is { } lineCode && !placed.Any(candidate => Category(candidate.Code) == Category(lineCode))
            ? Complete(lineCode, siteLine.Side) : null;
        var mentions = new List<NeoplasmMention>();
        foreach (var candidate in candidates)
        {
            var code = candidate.Code;
            var evidence = candidate.Evidence;
            if (candidate.Column == NeoplasmBehavior.Primary && overlap is not null && overlap.Categories.Contains(Category(code)))
            {
                code = overlap.Code;
            }
            else if (candidate.Column == NeoplasmBehavior.Primary && (wholes.Contains(Category(code)) || candidate.Site is { Inferred: true } && !inferredOnly))
            {
                code = null;
            }
            else if (siteLineCode is not null && candidate.Column == NeoplasmBehavior.Primary && !candidate.Stated && !candidate.Extension)
            {
                code = siteLineCode;
                evidence = siteLine!.Span.Start < candidate.Morphology.Start ? [siteLine.Span, candidate.Morphology] : [candidate.Morphology, siteLine.Span];
            }
            else if (candidate.Column == NeoplasmBehavior.Primary && primaryCategory is not null && Category(code) != primaryCategory)
            {
                code = candidate.Stated ? (candidate.Statement && primaryCategory is { Length: > 0 } ? code : null)
                    : candidate.Site?.Match.Value.Entry.Secondary is { } secondary ? Complete(secondary, candidate.Site.Side) : null;
            }
            if (code is not null && _catalog.IsBillable(code))
            {
                mentions.Add(new NeoplasmMention(IcdCatalog.WithDot(code), candidate.Morphology, evidence, candidate.Section));
            }
        }
        return mentions;
    }

    // The category of the report's main specimen when its malignancies are placed at several sites and nothing else names
    // the primary: the site of its first placed malignancy, when the report also places more of its malignancies there than
    // at any other site ("A. Ovary, right: serous carcinoma" / "B. Ovary, left: serous carcinoma" / "C. Sigmoid colon:
    // carcinoma" → ovary). A report that opens with one site and dwells on another, or dwells on two alike, names none.
    // Contiguous sites of one overlapping-lesion rule count together ("A. Ovary, right" / "B. Fallopian tube, right" /
    // "C. Uterus, serosa" → ovary).
    private string? MainSpecimen(IReadOnlyList<Candidate> placed, IReadOnlySet<string> placing)
    {
        var categories = placed.Select(candidate => Category(candidate.Code)).Where(placing.Contains).ToArray();
        if (categories.Length == 0)
        {
            return null;
        }
        var counts = categories.CountBy(Contiguous).OrderByDescending(pair => pair.Value).ToArray();
        return counts[0].Key == Contiguous(categories[0]) && (counts.Length == 1 || counts[1].Value < counts[0].Value) ? categories[0] : null;
    }

    private string Contiguous(string category) => _overlappingSites.FirstOrDefault(rule => rule.Categories.Contains(category))?.Code ?? category;

    // A named organ whose part the report places the tumour in names that part ("Clinical history: uterine cancer" with
    // "Endometrium: endometrioid adenocarcinoma" names the endometrium).
    private IReadOnlySet<string> Narrowed(IReadOnlySet<string> categories, IReadOnlyList<string> wholes, IReadOnlySet<string> placing)
    {
        var narrowed = categories.ToHashSet(StringComparer.Ordinal);
        foreach (var whole in wholes.Where(categories.Contains))
        {
            narrowed.UnionWith(_unspecifiedParts[whole].Where(placing.Contains));
        }
        return narrowed;
    }

    // A part of an organ named where the report places the tumour only in the organ, its part unspecified, names that organ
    // ("consistent with endometrial primary" with "Uterus, hysterectomy: serous carcinoma" names the uterus).
    private IReadOnlySet<string> Widened(IReadOnlySet<string> categories, IReadOnlySet<string> placing)
    {
        var widened = categories.ToHashSet(StringComparer.Ordinal);
        foreach (var whole in placing)
        {
            if (_unspecifiedParts.TryGetValue(whole, out var parts) && parts.Overlaps(categories) && !parts.Overlaps(placing))
            {
                widened.Add(whole);
            }
        }
        return widened;
    }

    // The overlapping-lesion code for a primary placed at several categories, all contiguous sites of one rule ("Ovary,
    // left: serous carcinoma" and "Fallopian tube, left: serous carcinoma" → C57.8), when neither the clinical sections nor
    // the report's own words name one of them as the primary.
    private OverlappingSiteRule? Overlap(IReadOnlySet<string> placing, IReadOnlySet<string> clinical, IReadOnlySet<string> namedPrimaries)
    {
        if (placing.Count < 2 || PrimaryCategory(placing, clinical, namedPrimaries) is not { Length: 0 })
        {
            return null;
        }
        return _overlappingSites.FirstOrDefault(rule => placing.All(rule.Categories.Contains));
    }

    // The one category the candidates place tumours at; when they place them at several, the one of them the clinical
    // sections name, else the one of them the report names as the primary ("consistent with an ovarian primary"); else ""
    // (no single primary: each stays at most a diagnosis stated in its own sentence, the curated concepts decide).
    private static string? PrimaryCategory(IReadOnlySet<string> categories, IReadOnlySet<string> clinical, IReadOnlySet<string> namedPrimaries)
    {
        var named = categories.Where(clinical.Contains).ToArray();
        var primaries = categories.Where(namedPrimaries.Contains).ToArray();
        return categories.Count switch
        {
            0 => null,
            1 => categories.First(),
            _ when named.Length == 1 => named[0],
            _ => primaries.Length == 1 ? primaries[0] : "",
        };
    }

    // The categories of the sites the report calls the primary: "ovarian primary", "primary uterine papillary serous
    // carcinoma", "primary in pancreas" — the site just before the word or just after it (past "in"/"of"), stated or
    // favoured ("favor ovarian primary": the tumours are diagnosed, only their relation is the pathologist's judgement),
    // never negated or hypothetical ("to exclude a primary lung tumor", "argues against a primary lung carcinoma"), and not
    // in a sentence that offers alternatives ("represents primary uterine carcinoma with metastases, or multifocal carcinoma").
    // A differential ("primary peritoneal versus primary tubal carcinoma") names two, and the caller then takes neither.
    private HashSet<string> NamedPrimaries(string text, IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in analysed)
        {
            if (Words(tokens, sentence.Range).Any(word => word is "or" or "versus" or "vs"))
            {
                continue;
            }
            for (var i = sentence.Range.Start; i < sentence.Range.End; i++)
            {
                if (tokens[i].Value != PrimaryWord)
                {
                    continue;
                }
                var after = i + 1 < sentence.Range.End && IsOrigin(tokens[i + 1].Value) ? i + 2 : i + 1;
                var named = sentence.Sites.Where(site => site.Match.Tokens.End == i || site.Match.Tokens.Start == after).ToArray();
                if (named.Length == 0 || _assertions.Assess(text, tokens, sentence.Range, [new TokenRange(i, i + 1)])[0].Assertion is not (Assertion.Present or Assertion.Possible))
                {
                    continue;
                }
                foreach (var site in named)
                {
                    if (site.Match.Value.Entry.Primary is { } primary)
                    {
                        categories.Add(Category(primary));
                    }
                }
            }
        }
        return categories;
    }

    private const string PrimaryWord = "primary";

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
        var origin = Refine(OriginSite(tokens, sentence, morphology.Tokens, metastatic) ?? WrappedSite(tokens, analysed, index, morphology.Tokens, !metastatic),
            heading);
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

    /// <summary>
    /// True when the words at <paramref name="span"/> open a diagnosis the report states on its own line or list item
    /// ("2. Prostatic adenocarcinoma, Gleason score 6"), not a mention in passing ("a protocol for carcinoma of the
    /// prostate", "Clinical history: breast cancer"). The test a second primary passes before it is coded.
    /// </summary>
    public bool StatesDiagnosis(TextModel document, Span span)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(span);
        var phrase = document.TokensIn(span.Start, span.End);
        if (phrase.Count <= 0 || document.Sentences.Count == 0)
        {
            return false;
        }
        var index = document.SentenceOf(phrase.Start);
        var sentence = document.Sentences[index];
        var sites = _sites.Matcher.FindAll(document.Tokens, sentence).Select(site => site.Tokens);
        var section = SectionOf(document.Sections, span.Start);
        return !_clinicalSections.Contains(section) && !IsMarkerName(document.Tokens, phrase) && !InExample(document.Tokens, phrase.Start)
               && OpensStatement(document.Tokens, sentence, sites, phrase.Start) && !InOptionList(document, index);
    }

    // "(Ex. Lung Cancer)", "(e.g. tumors of pancreas, ovary)": a form's or a note's example in brackets states no finding.
    // The bracket may open in the sentence before ("(Ex." ends a sentence for the splitter).
    private bool InExample(IReadOnlyList<Token> tokens, int start)
    {
        for (var i = start - 1; i >= Math.Max(0, start - ExampleReach); i--)
        {
            if (tokens[i].Value == ")")
            {
                return false;
            }
            if (tokens[i].Value == "(")
            {
                return i + 2 < start && _example.Contains(tokens[i + 1].Value) && (tokens[i + 2].Value == "." || tokens[i + 1].Value.StartsWith("example", StringComparison.Ordinal));
            }
        }
        return false;
    }

    private const int ExampleReach = 12;

    private bool InOptionList(TextModel document, int index)
    {
        var first = Math.Max(0, index - OptionWindow);
        var last = Math.Min(document.Sentences.Count - 1, index + OptionWindow);
        var names = new string?[last - first + 1];
        for (var s = first; s <= last; s++)
        {
            var range = document.Sentences[s];
            var morphologies = _morphologies.FindAll(document.Tokens, range);
            var sites = _sites.Matcher.FindAll(document.Tokens, range)
                .Count(site => !morphologies.Any(morphology => Overlaps(morphology.Tokens, site.Tokens)) && !IsMargin(document.Tokens, range, site.Tokens));
            names[s - first] = OptionName(document.Tokens, range, s > 0 && IsBareLabel(document.Tokens, document.Sentences[s - 1]), morphologies, sites);
        }
        return OptionLists(names)[index - first];
    }

    private const int OptionWindow = 8;

    // The choice a numbered item of a form offers ("7. Urothelial carcinoma, TCCa" → "urothelial carcinoma"): a sentence
    // that starts with a label or number, or follows a bare label, and names a morphology and no site. A short line or
    // a listed item or note without a morphology ("(invasive ± in-situ)", "17. Juxtaglomerular cell tumor", "7.") continues
    // the list (""); any other sentence is null. An item whose morphology follows an article ("B. The carcinoma measures
    // 3.6 cm") is a sentence of the report's own lettered diagnosis, no choice a form offers.
    private static string? OptionName(
        IReadOnlyList<Token> tokens, TokenRange range, bool afterLabel, IReadOnlyList<PhraseMatch<MorphologyRule>> morphologies, int siteCount)
    {
        var numbered = afterLabel || IsLabelled(tokens, range) || tokens[range.Start].Kind == TokenKind.Number;
        if (morphologies.Count == 0)
        {
            return range.Count <= 5 || numbered || tokens[range.Start].Value == "(" ? "" : null;
        }
        var start = IsLabelled(tokens, range) ? LabelEnd(tokens, range) : range.Start;
        var prose = WordsBetween(tokens, start, morphologies[0].Tokens.Start).Any(word => word is "the" or "a" or "an");
        return siteCount == 0 && numbered && !prose ? string.Join(' ', Words(tokens, morphologies[0].Tokens)) : null;
    }

    // A form's list of choices ("4. Renal cell carcinoma, oncocytic / 5. Renal cell carcinoma, sarcomatoid / 6. Collecting
    // duct carcinoma / 7. Urothelial carcinoma, TCCa"): four or more consecutive items, each a morphology with no site,
    // not all the same one. None of them is a diagnosis.
    private static bool[] OptionLists(IReadOnlyList<string?> names)
    {
        var inList = new bool[names.Count];
        for (var start = 0; start < names.Count;)
        {
            var end = start;
            while (end < names.Count && names[end] is not null)
            {
                end++;
            }
            var options = names.Skip(start).Take(end - start).Where(name => name!.Length > 0).ToArray();
            if (options.Length >= 4 && options.Distinct(StringComparer.Ordinal).Count() >= 2)
            {
                Array.Fill(inList, true, start, end - start);
            }
            start = Math.Max(end, start + 1);
        }
        return inList;
    }

    // A diagnosis stated as its own line or list item: before it stand only list labels and bullets ("2.", "(B)", "-")
    // and at most two modifiers ("Invasive", "Unilateral"), or the item opens with a site ("Prostate with incidental
    // prostatic adenocarcinoma"). Words before a colon must name a site to be a specimen heading ("PROSTATE: ..."); any
    // other label ("Clinical history:", "Source of specimen:") makes the rest a field of a form, not a diagnosis.
    private static bool OpensStatement(IReadOnlyList<Token> tokens, TokenRange sentence, IEnumerable<TokenRange> sites, int phraseStart)
    {
        var siteStarts = sites.Select(site => site.Start).ToHashSet();
        var start = sentence.Start;
        for (var i = phraseStart - 1; i >= sentence.Start; i--)
        {
            if (tokens[i].Value == ":")
            {
                if (!siteStarts.Any(site => site < i))
                {
                    return false;
                }
                start = i + 1;
                break;
            }
        }
        var words = 0;
        for (var i = start; i < phraseStart; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || token.Length <= 2)
            {
                continue;
            }
            if (words == 0 && siteStarts.Contains(i))
            {
                return true;
            }
            if (++words > 2)
            {
                return false;
            }
        }
        return true;
    }

    // "MELANOMA-E (HMB-45)", "RCC-Negative": a morphology joined by a hyphen to the next word names an immunostain or
    // marker, not a tumour.
    private static bool IsMarkerName(IReadOnlyList<Token> tokens, TokenRange morphology)
    {
        var end = morphology.End;
        return end + 1 < tokens.Count
               && tokens[end].Value == "-" && tokens[end].Start == tokens[end - 1].End
               && tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Start == tokens[end].End
               && tokens[end + 1].Value != "in";
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
        var side = SideOf(tokens, range);
        foreach (var match in _sites.Matcher.FindAll(tokens, range))
        {
            if (morphologies.Any(morphology => Overlaps(morphology.Tokens, match.Tokens)) || IsMargin(tokens, range, match.Tokens)
                || IsInvadedOrSpared(tokens, range, match.Tokens))
            {
                continue;
            }
            var siteSide = SideOf(tokens, match.Tokens) is var own && own != BodySide.Unspecified ? own : side;
            sites.Add(new SiteMention(match, SpanOf(text, tokens, match.Tokens), siteSide));
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
        var assertions = morphologies.Count == 0
            ? []
            : morphologies.Select(match => FieldOf(tokens, range, match.Tokens) is { } field
                    ? _assertions.Assess(text, tokens, field, [match.Tokens])[0]
                    : _assertions.Assess(text, tokens, range, [match.Tokens])[0])
                .Select(decision => decision.Trigger is null ? SectionDefault(section) : decision.Assertion)
                .Select((assertion, m) => InExample(tokens, morphologies[m].Tokens.Start) ? Assertion.Hypothetical : assertion).ToArray();
        return new SentenceView(range, section, morphologies, assertions, sites, side, IsHeading(tokens, range, section, morphologies.Count), IsLabelled(tokens, range), IsSiteLine(tokens, range, sites));
    }

    // A form's fields run together on one line when OCR loses the line breaks ("Tumor features: None specifiedHistologic
    // type: AdenocarcinomaHistologic grade: ..."): each field is its own clause, and a trigger in another field ("None")
    // does not reach its value. The field of a morphology on a line of two or more fields: from the colon before it to the
    // next colon; null on a line of one field or none.
    private static TokenRange? FieldOf(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange morphology)
    {
        int colons = 0, start = sentence.Start, end = sentence.End;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (tokens[i].Value != ":")
            {
                continue;
            }
            colons++;
            if (i < morphology.Start)
            {
                start = i + 1;
            }
            else if (i >= morphology.End && end == sentence.End)
            {
                end = i;
            }
        }
        return colons >= 2 ? new TokenRange(start, end) : null;
    }

    // A diagnosis under its own label that names no site but the operation ("Left partial maxillectomy and left cheek:
    // squamous cell carcinoma" → maxilla): the label is the specimen's heading, and the heading above no longer applies.
    // So is a diagnosis that opens with the operation and names no site before its malignancy ("Prostatectomy specimen
    // with poorly differentiated adenocarcinoma, infiltrating the seminal vesicles" → prostate): the organs it goes on to
    // reach do not leave the site open.
    private SiteMention? OperationLabelSite(string text, IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology)
    {
        var colon = -1;
        for (var i = sentence.Range.Start; i < morphology.Start; i++)
        {
            colon = tokens[i].Value == ":" ? i : colon;
        }
        if (colon < 0)
        {
            return sentence.Sites.Any(site => site.Match.Tokens.Start < morphology.Start) ? null
                : ProcedureSite(text, tokens, new TokenRange(sentence.Range.Start, morphology.Start), sentence.Side);
        }
        if (sentence.Sites.Any(site => site.Match.Tokens.Start < colon))
        {
            return null;
        }
        return ProcedureSite(text, tokens, new TokenRange(sentence.Range.Start, colon), sentence.Side);
    }

    // A line that names no site but the operations that removed the specimen names their organ when they remove one:
    // "(C) PARTIAL GLOSSECTOMY:" → tongue, "RIGHT RADICAL NEPHRECTOMY" → kidney; "HYSTERECTOMY AND BILATERAL
    // SALPINGO-OOPHORECTOMY" removes organs of two categories and names none.
    private SiteMention? ProcedureSite(string text, IReadOnlyList<Token> tokens, TokenRange range, BodySide side)
    {
        var procedures = _procedures.FindAll(tokens, range);
        if (procedures.Count == 0 || procedures.Select(procedure => SiteCategory(procedure.Value)).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }
        return new SiteMention(procedures[0], SpanOf(text, tokens, procedures[0].Tokens), side, Inferred: true);
    }

    private static string? SiteCategory(NeoplasmSite site) => (site.Entry.Primary ?? site.Entry.Secondary) is { } code ? Category(code) : null;

    private Assertion SectionDefault(string section) => _sectionRules.Find(section).DefaultAssertion switch
    {
        Assertion.Family => Assertion.Family,
        _ => Assertion.Present,
    };

    // A heading names a specimen: it ends with a colon, starts with a specimen label ("(A)", "B.", "2:", "Part 1") or is
    // a line of the specimen section, and states no morphology of its own.
    private static bool IsHeading(IReadOnlyList<Token> tokens, TokenRange range, string section, int morphologyCount)
    {
        if (morphologyCount > 0)
        {
            return false;
        }
        if (section == "specimen" || tokens[range.End - 1].Value == ":")
        {
            return true;
        }
        return IsLabelled(tokens, range);
    }

    // A sentence that is only a list label: "3.", "B)", "10".
    private static bool IsBareLabel(IReadOnlyList<Token> tokens, TokenRange range) =>
        range.Count is > 0 and <= 2 && (tokens[range.Start].Kind == TokenKind.Number || tokens[range.Start].Length <= 2)
        && (range.Count == 1 || tokens[range.Start + 1].Kind == TokenKind.Punctuation);

    // The first token after a sentence's specimen label.
    private static int LabelEnd(IReadOnlyList<Token> tokens, TokenRange range) =>
        Math.Min(range.End, tokens[range.Start].Value == "(" ? range.Start + 3 : range.Start + 2);

    private static bool HasWords(IReadOnlyList<Token> tokens, TokenRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Length > 2)
            {
                return true;
            }
        }
        return false;
    }

    // A specimen label opens the sentence: "(A)", "B.", "2:", "Part 1", "Specimen 2".
    private static bool IsLabelled(IReadOnlyList<Token> tokens, TokenRange range)
    {
        var first = tokens[range.Start];
        var second = range.Start + 1 < range.End ? tokens[range.Start + 1].Value : "";
        var third = range.Start + 2 < range.End ? tokens[range.Start + 2].Value : "";
        return (first.Value == "(" && third == ")")
               || (first.Value.Length <= 2 && first.IsWordLike && second is "." or ")" or ":")
               || first.Value is "part" or "specimen";
    }

    // "Adenocarcinoma, Gleason score 3+4=7": a grading system used for one organ's carcinoma only places the sentence's tumour there.
    private SiteMention? GradedSite(string text, IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (_gradingSites.TryGetValue(tokens[i].Value, out var site))
            {
                var at = new TokenRange(i, i + 1);
                return new SiteMention(new PhraseMatch<NeoplasmSite>(site, at), SpanOf(text, tokens, at), BodySide.Unspecified);
            }
        }
        return null;
    }

    // A sentence of a coded section, or a synoptic report's histologic-type field ("Histologic type: Prostatic
    // adenocarcinoma") where a field label above it was read as a section header that is not coded ("Procedure:
    // Radical prostatectomy" read as a radiology examination line, "Specimen: ...").
    private bool IsCoded(IReadOnlyList<Token> tokens, SentenceView sentence)
    {
        if (_sectionRules.Find(sentence.Section).Coded)
        {
            return true;
        }
        return _typeFieldSections.Contains(sentence.Section) && IsTypeField(tokens, sentence.Range);
    }

    // "Tumor histologic type: squamous cell carcinoma" (also as a list item: "3. Histologic type: ..."): a synoptic
    // report's field for the histology of the one tumour the report's site line places.
    private bool IsTypeField(IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        var start = IsLabelled(tokens, sentence) ? LabelEnd(tokens, sentence) : sentence.Start;
        return _typeLabels.Match(tokens, start, sentence.End) is { } label
               && label.Tokens.End < sentence.End && tokens[label.Tokens.End].Value == ":";
    }

    // "Tumor site: left kidney", "Tumor location: right upper lobe" (a bare "Location:" or "Specimen:" is no tumour's
    // site), also as an item of a numbered list ("3. Tumor site: Endometrium"), or a form's field written without a colon,
    // the line going on from its label (and an aside in brackets) straight to the site and its side: "Site of Primary
    // (Histology) Bladder", "Site of Tissue/Primary Left lower lobe"; a bullet may open the line ("-Tumor site: Sigmoid colon").
    private bool IsSiteLine(IReadOnlyList<Token> tokens, TokenRange range, IReadOnlyList<SiteMention> sites)
    {
        var start = IsLabelled(tokens, range) ? LabelEnd(tokens, range) : range.Start;
        start += start < range.End && tokens[start].Value == "-" ? 1 : 0;
        var label = _siteLabels.Match(tokens, start, range.End);
        if (label is null || !(label.Value.Contains("site", StringComparison.Ordinal) || label.Value.StartsWith("tumo", StringComparison.Ordinal))
            || label.Tokens.End >= range.End)
        {
            return false;
        }
        if (tokens[label.Tokens.End].Value == ":")
        {
            return true;
        }
        var value = PastAside(tokens, label.Tokens.End, range.End);
        while (value < range.End && _sides.ContainsKey(tokens[value].Value))
        {
            value++;
        }
        return tokens[range.Start].LineStart && sites.Count > 0 && sites[0].Match.Tokens.Start == value;
    }

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

    // The site the sentence names as the tumour's origin: after "of"/"in"/"arising in" following the morphology, else the
    // nearest before it; never one after a spread word ("invading", "into"). A metastatic mention's "to"/"in" site is its location.
    // Organs of three categories before it, or two joined by "and", list a multi-organ specimen ("Urinary bladder and
    // prostate; cystoprostatectomy: urothelial carcinoma"): the origin is the site the sentence later places the tumour
    // "in" or "within" ("... located in the pancreatic head"), else the organ the list names first, the main specimen.
    // Two sites without "and" name an organ and its part ("Pharynx, left supraglottis"): the nearer, more specific one.
    // A site that modifies the morphology ("Uterus, tubes & ovaries: bilateral ovarian serous carcinoma") is the origin.
    private SiteMention? OriginSite(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology, bool metastatic)
    {
        SiteMention? before = null;
        SiteMention? firstBefore = null;
        var categoriesBefore = new HashSet<string?>(StringComparer.Ordinal);
        foreach (var site in sentence.Sites)
        {
            if (site.Match.Tokens.Start >= morphology.End)
            {
                var gap = WordsBetween(tokens, morphology.End, site.Match.Tokens.Start);
                if (gap.Count <= 4 && gap.Any(IsOrigin) && !gap.Any(word => _spread.Contains(word) && !(metastatic && word == "to")))
                {
                    return site;
                }
            }
            else if (site.Match.Tokens.End <= morphology.Start && !IsSpread(tokens, sentence.Range, site.Match.Tokens))
            {
                before = site;
                firstBefore ??= site;
                categoriesBefore.Add(SiteCategory(site));
            }
        }
        var organList = categoriesBefore.Count >= 3
                        || (categoriesBefore.Count == 2 && WordsBetween(tokens, firstBefore!.Match.Tokens.End, before!.Match.Tokens.Start).Any(word => word is "and" or "&"));
        if (before is null)
        {
            return metastatic ? null : LocatedLater(tokens, sentence, morphology);
        }
        return organList && !IsAdjacent(tokens, before!.Match.Tokens, morphology) ? PlacedLater(tokens, sentence, morphology) ?? firstBefore : before;
    }

    // "ductal adenocarcinoma ... forming a solid mass (4.3 cm) located in the pancreatic head": a site the sentence places
    // the tumour at with a verb of location ("located", "centered", "arising") further on than "of"/"in" reaches, in the
    // same clause ("cancer, two foci located in the lip" places the foci).
    private SiteMention? LocatedLater(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology) =>
        sentence.Sites.FirstOrDefault(site => site.Match.Tokens.Start >= morphology.End
            && !IsSpread(tokens, sentence.Range, site.Match.Tokens)
            && !HasClauseBreak(tokens, morphology.End, site.Match.Tokens.Start)
            && WordsBetween(tokens, Math.Max(morphology.End, site.Match.Tokens.Start - 4), site.Match.Tokens.Start) is var lead
            && lead.Any(IsOrigin) && lead.Any(_located.Contains));

    // "of", "in", also glued to the article by OCR ("adenocarcinoma ofthe prostate").
    private bool IsOrigin(string word) =>
        _origin.Contains(word) || word.EndsWith("the", StringComparison.Ordinal) && _origin.Contains(word[..^3]);

    private SiteMention? PlacedLater(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology) =>
        sentence.Sites.FirstOrDefault(site => site.Match.Tokens.Start >= morphology.End
            && !IsSpread(tokens, sentence.Range, site.Match.Tokens)
            && WordsBetween(tokens, Math.Max(morphology.End, site.Match.Tokens.Start - 2), site.Match.Tokens.Start).Any(IsOrigin));

    // A pathology report wraps a specimen's diagnosis after its heading, and each line is read as a sentence:
    // "LUNG, LEFT UPPER LOBE (LOBECTOMY): INFILTRATING MODERATELY" / "DIFFERENTIATED SQUAMOUS CELL CARCINOMA", or
    // "OVARY, RIGHT, SALPINGO-OOPHORECTOMY" / "-PAPILLARY SEROUS ADENOCARCINOMA". A morphology that opens a line (no
    // label of its own before it: "Histologic type: adenocarcinoma" is a field) takes the site of the heading above: the
    // site before the colon of a line that goes on after it, or of a line with no colon when the morphology is a "-" item.
    private SiteMention? WrappedSite(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index, TokenRange morphology, bool primary)
    {
        var sentence = analysed[index];
        if (index == 0 || !tokens[sentence.Range.Start].LineStart || WordsBetween(tokens, sentence.Range.Start, morphology.Start).Count > 3
            || HasColon(tokens, sentence.Range.Start, morphology.Start))
        {
            return null;
        }
        var above = analysed[index - 1];
        var last = tokens[above.Range.End - 1];
        if (above.Section != sentence.Section || !(last.IsWordLike || last.Value is "," or ")") || above.Morphologies.Count > 0 || above.IsSiteLine)
        {
            return null;
        }
        var colon = -1;
        for (var i = above.Range.Start; i < above.Range.End; i++)
        {
            colon = tokens[i].Value == ":" ? i : colon;
        }
        if (colon < 0)
        {
            return above.Sites.Count > 0 && (tokens[sentence.Range.Start].Value == "-" || OpensWithSite(tokens, above)) ? SingleSite(tokens, above, primary) : null;
        }
        return above.Sites.LastOrDefault(site => site.Match.Tokens.End <= colon);
    }

    // "TONSIL, RIGHT, BIOPSY", "A. Ovary, left": the first word after the line's label is where its first site starts.
    private static bool OpensWithSite(IReadOnlyList<Token> tokens, SentenceView line)
    {
        var start = line.IsLabelled ? LabelEnd(tokens, line.Range) : line.Range.Start;
        while (start < line.Range.End && !tokens[start].IsWordLike)
        {
            start++;
        }
        return line.Sites.Count > 0 && line.Sites[0].Match.Tokens.Start <= start;
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

    // Bone, nerve, peritoneum, soft tissue, pleura and mediastinum: where a carcinoma spreads, never where it arises.
    private bool IsSpreadTissue(SiteMention site) => site.Match.Value.Entry.Primary is { } code && _spreadCategories.Contains(Category(code));

    private static string? SiteCategory(SiteMention site) =>
        (site.Match.Value.Entry.Primary ?? site.Match.Value.Entry.Secondary) is { } code ? Category(code) : null;

    // "pleural invasion", "pylorus-sparing resection": a structure the tumour invades or the operation spares, not a tumour site.
    private bool IsInvadedOrSpared(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        var next = site.End < sentence.End && tokens[site.End].Value == "-" ? site.End + 1 : site.End;
        return next < sentence.End && _invadedOrSpared.Contains(tokens[next].Value);
    }

    // "ureteral margin", "oral and aboral resection margins": a surgical margin, not a tumour site.
    private bool IsMargin(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        for (var i = site.End; i < Math.Min(sentence.End, site.End + 4); i++)
        {
            if (_margin.Contains(tokens[i].Value))
            {
                return true;
            }
        }
        return false;
    }

    // A heading's subsite refines the sentence's site: "Lymph nodes, left axillary:" then "carcinoma in 2 of 12 lymph nodes" → axillary.
    private static SiteMention? Refine(SiteMention? site, SiteMention? heading)
    {
        if (site is null || heading is null)
        {
            return site;
        }
        var general = site.Match.Value.Entry.Path;
        var specific = heading.Match.Value.Entry.Path;
        return specific.Count > general.Count && specific.Take(general.Count).SequenceEqual(general, StringComparer.Ordinal) ? heading : site;
    }

    // "Metastasis of prostatic adenocarcinoma in the maxillary sinus", "of pulmonary epidermoid carcinoma": the site that
    // opens another tumour of the sentence (at most one word between, no punctuation) names where that tumour arose, not
    // where this metastasis lies; a site opening a metastasis is its location ("lymph node metastasis of urothelial carcinoma").
    private static bool ModifiesAnotherMorphology(IReadOnlyList<Token> tokens, SentenceView sentence, SiteMention site, TokenRange morphology) =>
        sentence.Morphologies.Any(other => other.Tokens.Start >= site.Match.Tokens.End && other.Tokens.Start != morphology.Start
            && other.Value.Behavior != NeoplasmBehavior.Secondary && IsAdjacent(tokens, site.Match.Tokens, other.Tokens));

    // "liver, lung and bone metastases", "metastases in the liver and the lungs": the sites coordinated with the one a
    // metastasis lies in share it, each joined to the next by "and", "or" or a comma.
    private static IEnumerable<SiteMention> Coordinated(IReadOnlyList<Token> tokens, SentenceView sentence, SiteMention site)
    {
        for (var next = site; next.Match.Tokens.Start - 1 > sentence.Range.Start && tokens[next.Match.Tokens.Start - 1].IsCoordination
             && sentence.Sites.LastOrDefault(other => other.Match.Tokens.End == next.Match.Tokens.Start - 1) is { } before; next = before)
        {
            yield return before;
        }
        for (var next = site; FirstAfterCoordination(tokens, sentence.Range, next.Match.Tokens.End) is { } at
             && sentence.Sites.FirstOrDefault(other => other.Match.Tokens.Start == at) is { } after; next = after)
        {
            yield return after;
        }
    }

    // The token after "and", "or", "," or ", and" at <paramref name="at"/>, past a "the"; null when no coordination is there.
    private static int? FirstAfterCoordination(IReadOnlyList<Token> tokens, TokenRange sentence, int at)
    {
        var next = at;
        while (next < sentence.End && tokens[next].IsCoordination)
        {
            next++;
        }
        if (next == at)
        {
            return null;
        }
        return next < sentence.End && tokens[next].Value == "the" ? next + 1 : next;
    }

    // "renal origin", "pulmonary origin": a site the word "origin" follows.
    private static bool NamesOrigin(IReadOnlyList<Token> tokens, TokenRange sentence, SiteMention site) =>
        site.Match.Tokens.End < sentence.End && tokens[site.Match.Tokens.End].Value is OriginWord;

    private const string OriginWord = "origin";

    private static SiteMention? AdjacentBefore(SentenceView sentence, TokenRange morphology) =>
        sentence.Sites.LastOrDefault(site => site.Match.Tokens.End == morphology.Start);

    // The site that names a tumour of a metastatic sentence as its own ("metastasis of pulmonary epidermoid carcinoma"):
    // adjacent but for one word, which is no metastatic word ("liver metastatic carcinoma" places spread, not an origin).
    private SiteMention? NamingBefore(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology) =>
        sentence.Sites.LastOrDefault(site => site.Match.Tokens.End <= morphology.Start && IsAdjacent(tokens, site.Match.Tokens, morphology)
            && !Words(tokens, new TokenRange(site.Match.Tokens.End, morphology.Start)).Any(_metastatic.Contains));

    // A site that modifies the morphology ("prostatic adenocarcinoma", "bladder urothelial carcinoma"): at most one word
    // between them and no punctuation.
    private static bool IsAdjacent(IReadOnlyList<Token> tokens, TokenRange site, TokenRange morphology)
    {
        if (morphology.Start - site.End > 1)
        {
            return false;
        }
        for (var i = site.End; i < morphology.Start; i++)
        {
            if (!tokens[i].IsWordLike)
            {
                return false;
            }
        }
        return true;
    }

    private bool IsSpread(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        for (var i = Math.Max(sentence.Start, site.Start - 3); i < site.Start; i++)
        {
            if (_spread.Contains(tokens[i].Value))
            {
                return true;
            }
        }
        return false;
    }

    // A malignancy's abbreviation ("CA") that must follow the site it names to be read as one.
    private bool IsSiteBound(IReadOnlyList<Token> tokens, TokenRange morphology) =>
        morphology.Count == 1 && _siteBound.Contains(tokens[morphology.Start].Value);

    // "Bladder CA", "LUL Ca.": a site ends just before the abbreviation, and no number follows it ("ovarian CA 125", "CA-125").
    private static bool FollowsSite(IReadOnlyList<Token> tokens, TokenRange sentence, IReadOnlyList<SiteMention> sites, TokenRange morphology)
    {
        var next = morphology.End < sentence.End && tokens[morphology.End].Value == "-" ? morphology.End + 1 : morphology.End;
        return sites.Any(site => site.Match.Tokens.End == morphology.Start)
               && !(next < sentence.End && tokens[next].Kind == TokenKind.Number);
    }

    // "protruding into vagina", "extending to the serosa": a site just after a word of growth towards it (past "the"; not a
    // noun of the tumour's own extent: "depth of invasion - a uterus").
    private bool IsReached(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        var before = site.Start - 1;
        if (before > sentence.Start && tokens[before].Value == "the")
        {
            before--;
        }
        return before >= sentence.Start && _spread.Contains(tokens[before].Value) && !_invadedOrSpared.Contains(tokens[before].Value);
    }

    // "carcinoma involving the left ovary": a site just after a word of involvement (not one of growth beyond: "into", "through").
    private bool IsInvolved(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        for (var i = Math.Max(sentence.Start, site.Start - 3); i < site.Start; i++)
        {
            if (tokens[i].Value.StartsWith("involv", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // The site is followed by its serosa ("Uterus, serosa", "uterine serosal surface"), past a comma.
    private bool OnSerosa(IReadOnlyList<Token> tokens, TokenRange site)
    {
        var next = site.End < tokens.Count && tokens[site.End].Value == "," ? site.End + 1 : site.End;
        return next < tokens.Count && _serosa.Contains(tokens[next].Value);
    }

    // "Involvement by adenocarcinoma", "foci of carcinoma": the tumour of another site reaching this one.
    private bool IsExtension(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange morphology)
    {
        for (var i = Math.Max(sentence.Start, morphology.Start - 4); i < morphology.Start; i++)
        {
            if (_extension.Match(tokens, i, morphology.Start) is { } match && match.Tokens.End >= morphology.Start - 1)
            {
                return true;
            }
        }
        return false;
    }

    // "metastatic high-grade papillary serous carcinoma": a metastatic word in the morphology's noun phrase (up to eight
    // tokens before it, not across punctuation other than a hyphen or a parenthesised aside: "Metastatic grade 3 (of 4)
    // adenocarcinoma") or just after it ("carcinoma, metastatic").
    private bool IsMetastatic(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange morphology)
    {
        var reach = Math.Max(sentence.Start, morphology.Start - 8);
        for (var i = morphology.Start - 1; i >= reach; i--)
        {
            if (_metastatic.Contains(tokens[i].Value))
            {
                return true;
            }
            if (tokens[i].Value == ")" && OpeningParenthesis(tokens, reach, i) is var open and >= 0)
            {
                i = open;
                continue;
            }
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Value != "-")
            {
                break;
            }
        }
        for (var i = morphology.Start; i < Math.Min(sentence.End, morphology.End + 2); i++)
        {
            if (_metastatic.Contains(tokens[i].Value))
            {
                return true;
            }
        }
        return false;
    }

    // "-PAPILLARY SEROUS ADENOCARCINOMA, POORLY DIFFERENTIATED," / "METASTATIC": a diagnosis line that runs on (no full stop)
    // into a line of a few words that ends with a word of metastasis, and names no site or morphology, states its spread.
    private bool EndsOnMetastaticLine(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index)
    {
        if (index + 1 >= analysed.Length)
        {
            return false;
        }
        var line = analysed[index];
        var next = analysed[index + 1];
        return next.Range.Start == line.Range.End && tokens[next.Range.Start].LineStart && tokens[line.Range.End - 1].Value != "."
               && next.Sites.Count == 0 && next.Morphologies.Count == 0 && next.Range.Count <= TrailingLineTokens
               && Words(tokens, next.Range).LastOrDefault() is { } last && _metastatic.Contains(last)
               && (next.Range.End >= tokens.Count || tokens[next.Range.End].LineStart);
    }

    private const int TrailingLineTokens = 4;

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

    // A specimen heading naming a site stands above the sentence in its section.
    private static bool HasHeadingAbove(SentenceView[] analysed, int index)
    {
        for (var s = index - 1; s >= 0 && analysed[s].Section == analysed[index].Section; s--)
        {
            if (analysed[s].IsHeading && analysed[s].Sites.Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    // The nearest specimen heading above the sentence. A heading found in another section (the list of specimens
    // submitted) stands for its first specimen, the main one. A labelled heading that names no site we know
    // ("(D) TOTAL GLOSSECTOMY, SUBMANDIBULAR:"; also one whose colon OCR lost or that runs into its diagnosis: "PART 5:
    // RADICAL RESECTION, GLEASON SCORE 3+4=7") still starts a new specimen: the one above no longer applies. For a
    // primary tumour, a tumour-site line nearer than any heading places it ("4 - Total laryngectomy" / "Tumor site:
    // Larynx" / "Squamous cell carcinoma, grade 2" below "3 - Recurrent laryngeal node:").
    private SiteMention? HeadingSite(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index, bool primary)
    {
        for (var s = index - 1; s >= 0; s--)
        {
            var candidate = analysed[s];
            if (candidate.IsHeading && candidate.IsLabelled && candidate.Sites.Count == 0 && candidate.Section == analysed[index].Section
                && HasWords(tokens, new TokenRange(LabelEnd(tokens, candidate.Range), candidate.Range.End)))
            {
                return null;
            }
            if (primary && candidate.IsSiteLine && candidate.Sites.Count > 0 && candidate.Section == analysed[index].Section)
            {
                return candidate.Sites[0];
            }
            if (!candidate.IsHeading || candidate.Sites.Count == 0)
            {
                continue;
            }
            if (candidate.Section == analysed[index].Section)
            {
                return SingleSite(tokens, candidate, primary);
            }
            if (candidate.Section != "specimen")
            {
                return null;
            }
            var first = s;
            for (var t = s - 1; t >= 0 && analysed[t].Section == candidate.Section; t--)
            {
                if (analysed[t].IsHeading && analysed[t].Sites.Count > 0)
                {
                    first = t;
                }
            }
            return SingleSite(tokens, analysed[first], primary);
        }
        return null;
    }

    // "PART 2: UTERUS, CERVIX, FALLOPIAN TUBES AND OVARIES" / "SEROUS CARCINOMA INVOLVING THE LEFT OVARY": a heading that lists
    // the organs removed together names none of them, and the line below tells which one the carcinoma involves. A site the
    // tumour involves is spread beyond the specimen only when the heading does not list it.
    private SiteMention? ListedOrganInvolved(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index)
    {
        var sentence = analysed[index];
        for (var s = index - 1; s >= 0 && analysed[s].Section == sentence.Section; s--)
        {
            var heading = analysed[s];
            if (!heading.IsHeading || heading.Sites.Count == 0)
            {
                continue;
            }
            var listed = heading.Sites.Where(site => site.Match.Value.Entry.Primary is not null && !IsSpreadTissue(site))
                .Select(SiteCategory).ToHashSet(StringComparer.Ordinal);
            if (listed.Count < 2)
            {
                return null;
            }
            return sentence.Sites.FirstOrDefault(site => IsInvolved(tokens, sentence.Range, site.Match.Tokens) && site.Match.Value.Entry.Primary is not null
                && listed.Contains(SiteCategory(site)!));
        }
        return null;
    }

    // The site a heading names, or null when it names organs of several categories ("Uterus, cervix, tubes and ovaries").
    // An organ followed by one of its parts after a comma names the part ("UTERUS, CERVIX, BIOPSY", "Kidney, pelvis").
    // For a primary tumour, a heading that opens with an organ and goes on to sites the table gives no primary column (lymph
    // nodes: secondary only) names that organ: "LUNG, RIGHT UPPER LOBE, AND HILAR LYMPH NODES, LOBECTOMY:" names the lung
    // ("Lymph nodes, common hepatic artery:" opens with the nodes and names no organ).
    private SiteMention? SingleSite(IReadOnlyList<Token> tokens, SentenceView heading, bool primary)
    {
        IReadOnlyList<SiteMention> sites = primary && heading.Sites[0].Match.Value.Entry.Primary is not null
            ? heading.Sites.Where(site => site.Match.Value.Entry.Primary is not null).ToArray()
            : !primary && heading.Sites.Any(site => !site.Inferred) ? heading.Sites.Where(site => !site.Inferred).ToArray()
            : heading.Sites;
        if (primary && sites.Any(site => IsReached(tokens, heading.Range, site.Match.Tokens)))
        {
            // "BIOPSIES, MASS PROTRUDING INTO VAGINA:": a site the specimen's mass reaches is not where it arose.
            sites = sites.Where(site => !IsReached(tokens, heading.Range, site.Match.Tokens)).ToArray();
            if (sites.Count == 0)
            {
                return null;
            }
        }
        if (primary && sites.Any(site => !IsSpreadTissue(site)))
        {
            // "COMPOSITE RESECTION LEFT MANDIBLE, BUCCAL, FOM:": the bone is removed with the mucosa the tumour arose in.
            sites = sites.Where(site => !IsSpreadTissue(site)).ToArray();
        }
        var first = sites[0];
        if (sites.Count == 2 && sites[1] is var second && _sites.IsPartOf(second.Match.Value, first.Match.Value)
            && WordsBetween(tokens, first.Match.Tokens.End, second.Match.Tokens.Start).Count == 0)
        {
            return second;
        }
        var category = first.Match.Value.Entry.Primary ?? first.Match.Value.Entry.Secondary;
        foreach (var site in sites)
        {
            var other = site.Match.Value.Entry.Primary ?? site.Match.Value.Entry.Secondary;
            if (category is null || other is null || Category(other) != Category(category))
            {
                return primary ? OperatedSite(tokens, heading, sites) : null;
            }
        }
        return first;
    }

    // "Prostate and seminal vesicles, radical prostatectomy:": a heading that lists first the organ its operation is named
    // for names that organ (an operation of one organ only; "hysterectomy and salpingo-oophorectomy" names none). Not when
    // it also lists a part of that organ ("Uterus, cervix, ..., radical hysterectomy": which part is open), nor when
    // another organ leads the list ("Bladder, prostate, ...; radical prostatectomy").
    private SiteMention? OperatedSite(IReadOnlyList<Token> tokens, SentenceView heading, IReadOnlyList<SiteMention> sites)
    {
        var operated = _procedures.FindAll(tokens, heading.Range).Select(procedure => SiteCategory(procedure.Value)).Distinct(StringComparer.Ordinal).ToArray();
        var organ = sites[0];
        return operated is [{ } only] && SiteCategory(organ) == only && !sites.Skip(1).Any(site => _sites.IsPartOf(site.Match.Value, organ.Match.Value))
            ? organ
            : null;
    }

    private BodySide SideOf(IReadOnlyList<Token> tokens, TokenRange range)
    {
        var found = BodySide.Unspecified;
        for (var i = range.Start; i < range.End; i++)
        {
            if (!_sides.TryGetValue(tokens[i].Value, out var side) || side == found)
            {
                continue;
            }
            if (side == BodySide.Bilateral || found == BodySide.Bilateral)
            {
                return BodySide.Bilateral;
            }
            if (found != BodySide.Unspecified)
            {
                return BodySide.Unspecified;
            }
            found = side;
        }
        return found;
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
        bool IsSiteLine);
}
