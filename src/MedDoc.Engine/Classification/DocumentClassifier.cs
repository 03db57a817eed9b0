using System.Text.RegularExpressions;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Classification;

/// <summary>
/// Labels a document with one of CODING.md's 12 types, a calibrated confidence and a rationale naming the evidence.
/// Examples: "EXAMINATION: PA and lateral views of the chest" → X-RAY; "COMPARISON: CT chest 2010" alone is not a CT;
/// a table of sodium, potassium, creatinine, ALT and AST → COMPREHENSIVE METABOLIC PANEL; "HOSPITAL COURSE: ..." with
/// "DISCHARGE DIAGNOSES: ..." → DISCHARGE SUMMARY even when the summary also has a history and an examination.
/// Order of evidence: a title in the first lines, the study line, a letter's salutation, the sections of a discharge
/// summary or a pathology report (OCR-tolerant), a lab table (a partial CBC is still a CBC), a section or content that
/// only one modality has (echo, obstetric, MRI sequences), the clinical-note cues, a modality in the first lines or
/// in a radiology report's body, radiology structure; otherwise a clinical narrative or OTHER.
/// The raw strength of the deciding evidence is calibrated against real dev sets (<see cref="ConfidenceCalibration"/>).
/// </summary>
public sealed class DocumentClassifier
{
    private const int MaxTitleLineLength = 100;
    private const double LabDominantLineShare = 0.3;
    private const double PartialPanelLineShare = 0.5;

    // One per process: its patterns are checked at construction and each is compiled to a linear-time (NonBacktracking)
    // matcher on first use (LazyRegex), which keeps the cost of the patterns a document never reaches out of start-up.
    private static readonly Lazy<DocumentClassifier> EmbeddedClassifier = new(() => new DocumentClassifier());

    private readonly DocumentTypeRules _rules;
    private readonly AnalyteTable _analytes;
    private readonly ConfidenceCalibration _calibration;
    private readonly SectionRuleSet _sections;
    private readonly HashSet<string> _studySections;
    private readonly HashSet<string> _excludedSections;
    private readonly HashSet<string> _examTemplateSections;
    private readonly HashSet<string> _radiologySections;
    private readonly HashSet<string> _imagingReportSections;
    private readonly Lazy<Regex> _excludingWords;
    private readonly (ModalityRule Rule, Lazy<Regex> Pattern)[] _modalities;
    private readonly (DocumentKindRule Rule, LiteralAnchoredPattern Title, (CueRule Cue, LiteralAnchoredPattern? Pattern)[] Cues)[] _kinds;
    private readonly (ModalityContentRule Rule, LiteralAnchoredPattern[] Patterns)[] _modalityContent;
    private readonly Lazy<Regex> _anyModality;
    private readonly Lazy<Regex> _anyTitle;
    private readonly Lazy<Regex> _letter;
    private readonly Lazy<Regex> _radiographAnatomy;

    /// <summary>
    /// A classifier with the embedded Rules/document_types.json, Rules/analytes.json, Rules/confidence_calibration.json and
    /// the section vocabulary of Rules/sections.json.
    /// </summary>
    public DocumentClassifier()
        : this(RuleResources.Read<DocumentTypeRules>("document_types.json"), AnalyteTable.Embedded, ConfidenceCalibration.Embedded, SectionRuleSet.Embedded)
    {
    }

    /// <summary>The classifier with the embedded rules, built once per process and shared (it is immutable and thread-safe).</summary>
    public static DocumentClassifier Embedded => EmbeddedClassifier.Value;

    internal DocumentClassifier(DocumentTypeRules rules, AnalyteTable analytes, ConfidenceCalibration calibration, SectionRuleSet sections)
    {
        _rules = rules;
        _analytes = analytes;
        _calibration = calibration;
        _sections = sections;
        _studySections = KnownCategories(sections, rules.StudySections);
        _excludedSections = KnownCategories(sections, rules.ExcludedSections);
        _examTemplateSections = KnownCategories(sections, rules.ExamTemplateSections);
        _radiologySections = KnownCategories(sections, rules.RadiologySections);
        _imagingReportSections = KnownCategories(sections, rules.ImagingReportSections);
        foreach (var cue in rules.Kinds.SelectMany(kind => kind.Cues))
        {
            if ((cue.Pattern is null) == (cue.Sections is null))
            {
                throw new InvalidDataException("A document-kind cue has either a pattern or sections.");
            }
            KnownCategories(sections, cue.Sections ?? []);
        }
        _excludingWords = Compile(rules.ExcludingWords.Select(word => $@"\b{Regex.Escape(word).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}\b"), ignoreCase: true);
        _modalities = rules.Modalities.Select(rule => (rule, CompileModality(rule))).ToArray();
        _kinds = rules.Kinds
            .Select(kind => (kind, CompileAnchored(kind.Titles, ignoreCase: true), kind.Cues.Select(cue => (cue, cue.Pattern is null ? null : CompileAnchored([cue.Pattern], ignoreCase: true))).ToArray()))
            .ToArray();
        _modalityContent = rules.ModalityContent
            .Select(rule => (rule, rule.Patterns.Select(pattern => CompileAnchored([pattern], ignoreCase: false)).ToArray()))
            .ToArray();
        // One pass finds the earliest modality (or title) of any kind; the match is then attributed to its rule.
        _anyModality = Compile(rules.Modalities.SelectMany(ModalityPatterns), ignoreCase: false);
        _anyTitle = Compile(rules.Kinds.SelectMany(kind => kind.Titles), ignoreCase: true);
        _letter = Compile(rules.LetterMarkers, ignoreCase: true);
        _radiographAnatomy = Compile(rules.RadiographAnatomy, ignoreCase: true);
    }

    /// <summary>Every pattern, compiled now (each is otherwise compiled on first use).</summary>
    internal IReadOnlyList<Regex> CompileAllPatterns()
    {
        Regex[] patterns =
        [
            _excludingWords.Value, _anyModality.Value, _anyTitle.Value, _letter.Value, _radiographAnatomy.Value,
            .. _modalities.Select(modality => modality.Pattern.Value),
            .. _kinds.Select(kind => kind.Title.Regex),
            .. _kinds.SelectMany(kind => kind.Cues).Select(cue => cue.Pattern?.Regex).OfType<Regex>(),
            .. _modalityContent.SelectMany(rule => rule.Patterns).Select(pattern => pattern.Regex),
        ];
        return patterns;
    }

    /// <summary>
    /// The type of <paramref name="document"/> (its lines and sentences) given its <paramref name="labs"/>, with a
    /// confidence in [0, 1] and a rationale naming the evidence.
    /// </summary>
    public DocumentClassification Classify(TextModel document, IReadOnlyList<LabResult> labs)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(labs);
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            return DocumentClassification.Unknown;
        }
        var decision = Decide(document, labs);
        return new DocumentClassification(decision.Type, _calibration.Calibrate(decision.Strength), decision.Rationale);
    }

    /// <summary>The deciding evidence before calibration: its type, raw strength in [0, 1] and rationale.</summary>
    internal ClassificationDecision Decide(TextModel document, IReadOnlyList<LabResult> labs)
    {
        var text = document.Text;
        if (IsUnreadable(text))
        {
            return new ClassificationDecision(DocumentType.Other, 0.9, "Text is unreadable: mostly control or replacement characters.");
        }
        var lines = document.Lines;
        if (FindTitle(text, lines) is { } titled)
        {
            return titled;
        }
        if (FindModality(document, lines.Where(line => IsIn(_studySections, line)), "study line", 0.95) is { } study)
        {
            return study;
        }
        if (FindLetter(text, lines) is { } letter)
        {
            return letter;
        }
        // Folded once for every whole-text pattern below.
        var folded = CaseFoldedText.Of(text);
        var kinds = ScoreKinds(document, folded);
        var clinicalNote = kinds.FirstOrDefault(kind => kind.Rule.Type == DocumentType.ClinicalNote);
        var genericScore = clinicalNote?.Score ?? 0;
        if (kinds.Where(kind => kind.Rule.Specific && kind.Score >= kind.Rule.Threshold && kind.Structural > 0 && (kind.Headers >= 2 || kind.Score > genericScore))
                .MaxBy(kind => kind.Score) is { } specific)
        {
            return specific.Decision(margin: specific.Score - (clinicalNote?.Score ?? 0));
        }
        var panel = BestPanel(labs);
        var labShare = LabLineShare(lines, labs);
        if (panel is not null && labShare >= LabDominantLineShare)
        {
            return panel;
        }
        if (PartialPanel(labs, labShare) is { } partial)
        {
            return partial;
        }
        var isRadiology = HasSection(document, _radiologySections);
        var isImagingReport = HasSection(document, _imagingReportSections);
        // A specific kind's vocabulary alone ("carcinoma", "resection") also fills clinical notes about the disease, and
        // imaging reports that describe a tumour ("FINDINGS: ... a pleomorphic adenoma"): it needs a section of its own there.
        var best = kinds.Where(kind => kind.Score >= kind.Rule.Threshold && (!kind.Rule.Specific || kind.Structural > 0 || (genericScore <= 1 && !isImagingReport))).MaxBy(kind => kind.Score);
        if (best is not null)
        {
            var runnerUp = kinds.Where(kind => kind != best).Select(kind => kind.Score).DefaultIfEmpty(0).Max();
            return best.Decision(margin: best.Score - runnerUp);
        }
        var labelled = lines.Where(line => line.Label is not null && !IsIn(_excludedSections, line) && !IsIn(_studySections, line));
        if (FindModalityInLabels(text, labelled) is { } sectionModality)
        {
            return sectionModality;
        }
        if (FindModalityContent(text, folded) is { } content)
        {
            return content;
        }
        if (panel is not null)
        {
            return panel;
        }
        var firstLines = lines.Take(_rules.HeaderLineCount).Where(line => line.Label is null && line.End - line.Start <= MaxTitleLineLength);
        if (FindModality(document, firstLines, "title line", 0.85) is { } title)
        {
            return title;
        }
        var narrative = clinicalNote is { Score: > 0 };
        var bodyLines = lines.Where(line => !IsIn(_excludedSections, line));
        if ((isRadiology || !narrative) && FindModality(document, bodyLines, "report body", isRadiology ? 0.75 : 0.55, sentences: true) is { } body)
        {
            return body;
        }
        if (isRadiology && _radiographAnatomy.Value.Match(text) is { Success: true } anatomy)
        {
            return new ClassificationDecision(DocumentType.XRay, 0.6,
                $"Radiology report structure (findings/impression) describing '{anatomy.Value}' with no other modality named.");
        }
        if (labs.Count > 0 && labShare >= LabDominantLineShare)
        {
            var names = string.Join(", ", labs.Select(lab => _analytes.ById[lab.Analyte].Display).Distinct().Take(5));
            return new ClassificationDecision(DocumentType.Other, 0.6, $"Lab results outside the recognised panels: {names}.");
        }
        if (ExamTemplate(text, lines) is { } template)
        {
            return template;
        }
        if (narrative)
        {
            return clinicalNote!.Decision(margin: 0, weak: true);
        }
        return new ClassificationDecision(DocumentType.Other, 0.5, "No document-type cues found.");
    }

    /// <summary>A kind's title ("DISCHARGE SUMMARY") on one of the first, short lines.</summary>
    private ClassificationDecision? FindTitle(string text, IReadOnlyList<TextLine> lines)
    {
        foreach (var line in lines.Take(_rules.HeaderLineCount).Where(line => line.End - line.Start <= MaxTitleLineLength))
        {
            var match = _anyTitle.Value.Match(text, line.Start, line.End - line.Start);
            if (match.Success)
            {
                var kind = _kinds.First(candidate => candidate.Title.Regex.IsMatch(match.Value)).Rule;
                return new ClassificationDecision(kind.Type, 0.95, $"Titled '{match.Value}' in the first lines.");
            }
        }
        return null;
    }

    /// <summary>A letter: a salutation ("Dear Dr. X:") or a closing ("Sincerely,") on its own line near the start.</summary>
    private ClassificationDecision? FindLetter(string text, IReadOnlyList<TextLine> lines)
    {
        foreach (var line in lines.Take(_rules.LetterLineCount))
        {
            var match = _letter.Value.Match(text, line.Start, line.End - line.Start);
            if (match.Success)
            {
                return new ClassificationDecision(DocumentType.Other, 0.8, $"A letter: '{match.Value.Trim()}'.");
            }
        }
        return null;
    }

    /// <summary>The first modality named in <paramref name="candidates"/>, ignoring text after a comparison or recommendation word.</summary>
    private ClassificationDecision? FindModality(TextModel document, IEnumerable<TextLine> candidates, string where, double strength, bool sentences = false)
    {
        var text = document.Text;
        foreach (var line in candidates)
        {
            foreach (var (start, end) in sentences ? document.SentenceSpans(line.ContentStart, line.End) : [(line.ContentStart, line.End)])
            {
                var stop = end;
                var excluding = _excludingWords.Value.Match(text, start, end - start);
                if (excluding.Success)
                {
                    stop = sentences ? start : excluding.Index;
                }
                if (stop <= start)
                {
                    continue;
                }
                if (FirstModality(text, start, stop) is { } found)
                {
                    return new ClassificationDecision(found.Rule.Type, strength, $"The {where} names the modality: '{found.Evidence}'.");
                }
            }
        }
        return null;
    }

    /// <summary>A section header that is itself a modality: "DOPPLER:", "GESTATIONAL AGE BY CURRENT ULTRASOUND:".</summary>
    private ClassificationDecision? FindModalityInLabels(string text, IEnumerable<TextLine> labelled)
    {
        foreach (var line in labelled)
        {
            var labelEnd = line.ContentStart - 1;
            if (_excludingWords.Value.IsMatch(text[line.Start..labelEnd]))
            {
                continue;
            }
            if (FirstModality(text, line.Start, labelEnd) is { } found)
            {
                return new ClassificationDecision(found.Rule.Type, 0.8, $"A section header names the modality: '{found.Evidence}'.");
            }
        }
        return null;
    }

    /// <summary>What only one modality describes: echo measurements, obstetric biometry, MRI sequences, CT reformats.</summary>
    private ClassificationDecision? FindModalityContent(string text, CaseFoldedText folded)
    {
        foreach (var (rule, patterns) in _modalityContent)
        {
            var found = patterns.Select(pattern => pattern.Match(text, folded)).Where(match => match.Success).Select(match => match.Value).ToArray();
            if (found.Length >= rule.MinDistinct)
            {
                var strength = Math.Min(0.9, 0.6 + (0.05 * found.Length));
                return new ClassificationDecision(rule.Type, strength, $"Describes {rule.Name} content: {string.Join(", ", found.Select(value => $"'{value}'"))}.");
            }
        }
        return null;
    }

    private (ModalityRule Rule, string Evidence)? FirstModality(string text, int start, int end)
    {
        var match = _anyModality.Value.Match(text, start, end - start);
        if (!match.Success)
        {
            return null;
        }
        var rule = _modalities.First(candidate => candidate.Pattern.Value.IsMatch(match.Value)).Rule;
        return (rule, match.Value);
    }

    private static bool HasSection(TextModel document, HashSet<string> categories) =>
        document.Sections.Any(section => section.Header is not null && categories.Contains(section.Category));

    /// <summary>True when <paramref name="line"/>'s label is a header of one of <paramref name="categories"/>.</summary>
    private bool IsIn(HashSet<string> categories, TextLine line) => _sections.CategoryOfLabel(line.Label) is { } category && categories.Contains(category);

    /// <summary>Every kind's cue score, with the OCR-tolerant cues added.</summary>
    private List<KindScore> ScoreKinds(TextModel document, CaseFoldedText folded)
    {
        var text = document.Text;
        var letters = LetterText.Of(text);
        var scores = new List<KindScore>(_kinds.Length);
        foreach (var (rule, title, cues) in _kinds)
        {
            var score = new KindScore(rule);
            var structuralLetters = new List<string>();
            foreach (var (cue, pattern) in cues.Where(candidate => candidate.Pattern is not null))
            {
                if (pattern!.Match(text, folded) is { Success: true } match)
                {
                    score.Add(cue.Weight, match.Value.Trim().TrimEnd(':').Trim(), cue.Structural, header: true);
                    if (cue.Structural)
                    {
                        structuralLetters.Add(LetterText.Of(match.Value).Letters);
                    }
                }
            }
            // A section header counts once: "GROSS DESCRIPTION:" already counted as a structural phrase is not counted again as a section.
            foreach (var cue in cues.Select(candidate => candidate.Cue).Where(candidate => candidate.Sections is not null))
            {
                if (document.Sections.FirstOrDefault(section => section.Header is not null && cue.Sections!.Contains(section.Category)) is { Header: { } header }
                    && !structuralLetters.Contains(LetterText.Of(header.Text).Letters))
                {
                    score.Add(cue.Weight, header.Text, cue.Structural, header: true);
                }
            }
            if (title.Match(text, folded) is { Success: true } titleInBody)
            {
                score.Add(2, titleInBody.Value, structural: false, header: false);
            }
            foreach (var cue in _rules.OcrCues.Where(cue => cue.Type == rule.Type && letters.Contains(cue.Term)))
            {
                if (!score.Names.Any(name => LetterText.Of(name).Contains(cue.Term)))
                {
                    score.Add(cue.Weight, cue.Term, cue.Structural, header: false);
                }
            }
            scores.Add(score);
        }
        return scores;
    }

    private ClassificationDecision? BestPanel(IReadOnlyList<LabResult> labs)
    {
        var byGroup = GroupAnalytes(labs);
        ClassificationDecision? best = null;
        var bestCount = 0;
        foreach (var panel in _rules.Panels)
        {
            if (!panel.Requires.All(need => byGroup.GetValueOrDefault(need.Key)?.Length >= need.Value))
            {
                continue;
            }
            var members = panel.Requires.Keys.SelectMany(group => byGroup[group]).ToArray();
            if (members.Length > bestCount)
            {
                bestCount = members.Length;
                var strength = Math.Min(0.97, 0.6 + (0.05 * members.Length));
                var names = string.Join(", ", members.Select(analyte => analyte.Display));
                best = new ClassificationDecision(panel.Type, strength, $"Found {panel.Name} analytes: {names}.");
            }
        }
        return best;
    }

    /// <summary>
    /// A lab report short of a full panel: when lab lines dominate and every analyte belongs to one panel's groups,
    /// it is that panel ("WBC 12.5 H / Hemoglobin 9.2 L" is a CBC).
    /// </summary>
    private ClassificationDecision? PartialPanel(IReadOnlyList<LabResult> labs, double labShare)
    {
        if (labShare < PartialPanelLineShare)
        {
            return null;
        }
        var byGroup = GroupAnalytes(labs);
        var total = byGroup.Values.Sum(group => group.Length);
        var panel = _rules.Panels
            .Where(candidate => candidate.Requires.Count == 1 && byGroup.ContainsKey(candidate.Requires.Keys.Single()))
            .FirstOrDefault(candidate => byGroup[candidate.Requires.Keys.Single()].Length == total);
        if (panel is null)
        {
            return null;
        }
        var members = byGroup[panel.Requires.Keys.Single()];
        var names = string.Join(", ", members.Select(analyte => analyte.Display));
        return new ClassificationDecision(panel.Type, 0.6 + (0.05 * members.Length), $"Lab results are all {panel.Name} analytes: {names}.");
    }

    private Dictionary<string, AnalyteRule[]> GroupAnalytes(IReadOnlyList<LabResult> labs) => labs
        .Select(lab => _analytes.ById.GetValueOrDefault(lab.Analyte))
        .OfType<AnalyteRule>()
        .DistinctBy(analyte => analyte.Id)
        .GroupBy(analyte => analyte.Panel)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    /// <summary>A physical-examination or review-of-systems template: several organ-system headers ("HEENT:", "NECK:", "LUNGS:").</summary>
    private ClassificationDecision? ExamTemplate(string text, IReadOnlyList<TextLine> lines)
    {
        var headers = lines
            .Select(line => line.Label ?? text[line.Start..line.End].ToLowerInvariant())
            .Where(label => _sections.IsOrganSystemHeader(label) || _sections.CategoryOfLabel(label) is { } category && _examTemplateSections.Contains(category))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return headers.Length >= _rules.ExamTemplateMinHeaders
            ? new ClassificationDecision(DocumentType.ClinicalNote, 0.5 + (0.03 * headers.Length),
                $"An examination or review of systems by organ system: {string.Join(", ", headers.Take(6))}.")
            : null;
    }

    private static double LabLineShare(IReadOnlyList<TextLine> lines, IReadOnlyList<LabResult> labs)
    {
        if (labs.Count == 0 || lines.Count == 0)
        {
            return 0;
        }
        var starts = lines.Select(line => line.Start).ToArray();
        var labLines = labs
            .Select(lab => Array.BinarySearch(starts, lab.Span.Start))
            .Select(index => index >= 0 ? index : ~index - 1)
            .Distinct()
            .Count();
        return (double)labLines / lines.Count;
    }

    private static bool IsUnreadable(string text)
    {
        var unreadable = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                unreadable++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return unreadable * 10 > text.Length || letters * 5 < text.Length;
    }

    /// <summary><paramref name="categories"/> as a set; throws when one is not a section category of <paramref name="sections"/>.</summary>
    private static HashSet<string> KnownCategories(SectionRuleSet sections, IEnumerable<string> categories)
    {
        var known = sections.Rules.Select(rule => rule.Category).ToHashSet(StringComparer.Ordinal);
        var set = categories.ToHashSet(StringComparer.Ordinal);
        var unknown = set.FirstOrDefault(category => !known.Contains(category));
        return unknown is null ? set : throw new InvalidDataException($"document_types.json names section '{unknown}', which Rules/sections.json does not define.");
    }

    private static Lazy<Regex> CompileModality(ModalityRule rule) => Compile(ModalityPatterns(rule), ignoreCase: false);

    private static IEnumerable<string> ModalityPatterns(ModalityRule rule) =>
        rule.Patterns.Select(pattern => $"(?i:{pattern})").Concat(rule.ExactPatterns.Select(pattern => $"(?-i:{pattern})"));

    private static Lazy<Regex> Compile(IEnumerable<string> patterns, bool ignoreCase) => LazyRegex.Create(Alternation(patterns), Options(ignoreCase));

    private static LiteralAnchoredPattern CompileAnchored(IEnumerable<string> patterns, bool ignoreCase) =>
        LiteralAnchoredPattern.Create(Alternation(patterns), Options(ignoreCase));

    // NonBacktracking keeps matching linear on any input.
    private static RegexOptions Options(bool ignoreCase) =>
        RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    // An empty alternation never matches; one pattern stands alone, so that a leading "(?i)" stays at its start.
    private static string Alternation(IEnumerable<string> patterns) => patterns.ToArray() switch
    {
        [] => "[^\\s\\S]",
        [var single] => single,
        var list => string.Join('|', list.Select(item => $"(?:{item})")),
    };
}
