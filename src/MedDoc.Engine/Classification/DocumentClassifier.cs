using System.Text.RegularExpressions;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Classification;

/// <summary>
/// Labels a document with one of CODING.md's 12 types, a confidence and a rationale naming the evidence.
/// Examples: "EXAMINATION: PA and lateral views of the chest" → X-RAY; "COMPARISON: CT chest 2010" alone is not a CT;
/// a table of sodium, potassium, creatinine, ALT and AST → COMPREHENSIVE METABOLIC PANEL; "HOSPITAL COURSE: ..." →
/// DISCHARGE SUMMARY. Order of evidence: a document title, the study line, a lab table, the kind's cues, a modality
/// in the first lines or the body, radiology structure; otherwise OTHER.
/// </summary>
public sealed class DocumentClassifier
{
    private const int MaxTitleLineLength = 100;
    private const double LabDominantLineShare = 0.3;

    private readonly DocumentTypeRules _rules;
    private readonly AnalyteTable _analytes;
    private readonly HashSet<string> _studyLabels;
    private readonly HashSet<string> _excludedLabels;
    private readonly Regex _excludingWords;
    private readonly (ModalityRule Rule, Regex Pattern)[] _modalities;
    private readonly (DocumentKindRule Rule, Regex Title, (CueRule Cue, Regex Pattern)[] Cues)[] _kinds;
    private readonly Regex _anyModality;
    private readonly Regex _anyTitle;
    private readonly Regex _radiologyStructure;
    private readonly Regex _radiographAnatomy;

    /// <summary>A classifier with the embedded Rules/document_types.json and Rules/analytes.json.</summary>
    public DocumentClassifier()
        : this(RuleResources.Read<DocumentTypeRules>("document_types.json"), AnalyteTable.Embedded)
    {
    }

    internal DocumentClassifier(DocumentTypeRules rules, AnalyteTable analytes)
    {
        _rules = rules;
        _analytes = analytes;
        _studyLabels = rules.StudyLabels.ToHashSet(StringComparer.Ordinal);
        _excludedLabels = rules.ExcludedLabels.ToHashSet(StringComparer.Ordinal);
        _excludingWords = Compile(rules.ExcludingWords.Select(word => $@"\b{Regex.Escape(word).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}\b"), ignoreCase: true);
        _modalities = rules.Modalities.Select(rule => (rule, CompileModality(rule))).ToArray();
        _kinds = rules.Kinds
            .Select(kind => (kind, Compile(kind.Titles, ignoreCase: true), kind.Cues.Select(cue => (cue, Compile([cue.Pattern], ignoreCase: true))).ToArray()))
            .ToArray();
        // One pass finds the earliest modality (or title) of any kind; the match is then attributed to its rule.
        _anyModality = Compile(rules.Modalities.SelectMany(ModalityPatterns), ignoreCase: false);
        _anyTitle = Compile(rules.Kinds.SelectMany(kind => kind.Titles), ignoreCase: true);
        _radiologyStructure = Compile(rules.RadiologyStructure, ignoreCase: true);
        _radiographAnatomy = Compile(rules.RadiographAnatomy, ignoreCase: true);
    }

    /// <summary>The type of the document, with a confidence in [0, 1] and a rationale naming the evidence.</summary>
    public DocumentClassification Classify(string text, IReadOnlyList<Section> sections, IReadOnlyList<LabResult> labs, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(labs);
        _ = (sections, findings); // the classifier reads the study line and labels itself, so it works without headers
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentClassification.Unknown;
        }
        if (IsUnreadable(text))
        {
            return new DocumentClassification(DocumentType.Other, 0.9, "Text is unreadable: mostly control or replacement characters.");
        }
        var lines = TextLine.Read(text);
        var titled = FindTitle(text, lines);
        if (titled is not null)
        {
            return titled;
        }
        if (FindModality(text, lines.Where(line => line.Label is { } label && _studyLabels.Contains(label)), "study line") is { } study)
        {
            return study;
        }
        var panel = BestPanel(labs);
        var labShare = LabLineShare(text, lines, labs);
        if (panel is not null && labShare >= LabDominantLineShare)
        {
            return panel;
        }
        var kind = BestKind(text);
        if (kind is not null || panel is not null)
        {
            return kind ?? panel!;
        }
        var firstLines = lines.Take(_rules.HeaderLineCount).Where(line => line.Label is null && line.End - line.Start <= MaxTitleLineLength);
        if (FindModality(text, firstLines, "title line") is { } title)
        {
            return title with { Confidence = 0.85 };
        }
        var isRadiology = _radiologyStructure.IsMatch(text);
        var bodyLines = lines.Where(line => line.Label is null || !_excludedLabels.Contains(line.Label));
        if (FindModality(text, bodyLines, "report body", sentences: true) is { } body)
        {
            return body with { Confidence = isRadiology ? 0.75 : 0.6 };
        }
        if (isRadiology && _radiographAnatomy.Match(text) is { Success: true } anatomy)
        {
            return new DocumentClassification(DocumentType.XRay, 0.6,
                $"Radiology report structure (findings/impression) describing '{anatomy.Value}' with no other modality named.");
        }
        if (labs.Count > 0 && labShare >= LabDominantLineShare)
        {
            var names = string.Join(", ", labs.Select(lab => _analytes.ById[lab.Analyte].Display).Distinct().Take(5));
            return new DocumentClassification(DocumentType.Other, 0.6, $"Lab results outside the recognised panels: {names}.");
        }
        return new DocumentClassification(DocumentType.Other, 0.5, "No document-type cues found.");
    }

    /// <summary>A kind's title ("DISCHARGE SUMMARY") on one of the first, short lines.</summary>
    private DocumentClassification? FindTitle(string text, List<TextLine> lines)
    {
        foreach (var line in lines.Take(_rules.HeaderLineCount).Where(line => line.End - line.Start <= MaxTitleLineLength))
        {
            var match = _anyTitle.Match(text, line.Start, line.End - line.Start);
            if (match.Success)
            {
                var kind = _kinds.First(candidate => candidate.Title.IsMatch(match.Value)).Rule;
                return new DocumentClassification(kind.Type, 0.95, $"Titled '{match.Value}' in the first lines.");
            }
        }
        return null;
    }

    /// <summary>The first modality named in <paramref name="candidates"/>, ignoring text after a comparison or recommendation word.</summary>
    private DocumentClassification? FindModality(string text, IEnumerable<TextLine> candidates, string where, bool sentences = false)
    {
        foreach (var line in candidates)
        {
            foreach (var (start, end) in sentences ? Sentences(text, line.ContentStart, line.End) : [(line.ContentStart, line.End)])
            {
                var stop = end;
                var excluding = _excludingWords.Match(text, start, end - start);
                if (excluding.Success)
                {
                    stop = sentences ? start : excluding.Index;
                }
                if (stop <= start)
                {
                    continue;
                }
                var best = FirstModality(text, start, stop);
                if (best is { } found)
                {
                    var confidence = where == "study line" ? 0.95 : 0.85;
                    return new DocumentClassification(found.Rule.Type, confidence,
                        $"The {where} names the modality: '{found.Evidence}'.");
                }
            }
        }
        return null;
    }

    private (ModalityRule Rule, string Evidence)? FirstModality(string text, int start, int end)
    {
        var match = _anyModality.Match(text, start, end - start);
        if (!match.Success)
        {
            return null;
        }
        var rule = _modalities.First(candidate => candidate.Pattern.IsMatch(match.Value)).Rule;
        return (rule, match.Value);
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '.' or ';' or '?' or '!' && (i + 1 == end || char.IsWhiteSpace(text[i + 1])))
            {
                yield return (sentenceStart, i);
                sentenceStart = i + 1;
            }
        }
        if (sentenceStart < end)
        {
            yield return (sentenceStart, end);
        }
    }

    private DocumentClassification? BestKind(string text)
    {
        DocumentClassification? best = null;
        var bestScore = 0.0;
        foreach (var (rule, title, cues) in _kinds)
        {
            var score = 0.0;
            var names = new List<string>();
            foreach (var (cue, pattern) in cues)
            {
                var match = pattern.Match(text);
                if (match.Success)
                {
                    score += cue.Weight;
                    names.Add(match.Value.Trim().TrimEnd(':').Trim());
                }
            }
            if (title.Match(text) is { Success: true } titleInBody)
            {
                score += 2;
                names.Add(titleInBody.Value);
            }
            if (score >= rule.Threshold && score > bestScore)
            {
                bestScore = score;
                var confidence = Math.Min(0.95, 0.55 + (0.04 * score));
                best = new DocumentClassification(rule.Type, Math.Round(confidence, 2), $"Found {rule.Type.ToLabel().ToLowerInvariant()} cues: {string.Join(", ", names.Distinct(StringComparer.OrdinalIgnoreCase))}.");
            }
        }
        return best;
    }

    private DocumentClassification? BestPanel(IReadOnlyList<LabResult> labs)
    {
        var byGroup = labs
            .Select(lab => _analytes.ById.GetValueOrDefault(lab.Analyte))
            .OfType<AnalyteRule>()
            .DistinctBy(analyte => analyte.Id)
            .GroupBy(analyte => analyte.Panel)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        DocumentClassification? best = null;
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
                var confidence = Math.Min(0.97, 0.6 + (0.05 * members.Length));
                var names = string.Join(", ", members.Select(analyte => analyte.Display));
                best = new DocumentClassification(panel.Type, Math.Round(confidence, 2), $"Found {panel.Name} analytes: {names}.");
            }
        }
        return best;
    }

    private static double LabLineShare(string text, List<TextLine> lines, IReadOnlyList<LabResult> labs)
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
        _ = text;
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

    private static Regex CompileModality(ModalityRule rule) => Compile(ModalityPatterns(rule), ignoreCase: false);

    private static IEnumerable<string> ModalityPatterns(ModalityRule rule) =>
        rule.Patterns.Select(pattern => $"(?i:{pattern})").Concat(rule.ExactPatterns.Select(pattern => $"(?-i:{pattern})"));

    private static Regex Compile(IEnumerable<string> patterns, bool ignoreCase)
    {
        var list = patterns.ToArray();
        var options = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking;
        if (ignoreCase)
        {
            options |= RegexOptions.IgnoreCase;
        }
        // An empty alternation never matches; NonBacktracking keeps matching linear on any input.
        var pattern = list.Length == 0 ? "[^\\s\\S]" : string.Join('|', list.Select(item => $"(?:{item})"));
        return new Regex(pattern, options);
    }
}
