using System.Text;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Summaries;

/// <summary>
/// An extractive summary (≤ 3 sentences, ≤ 400 characters) from the impression / assessment and abnormal labs, plus
/// key findings (present findings and abnormal labs; negated findings never appear). Deterministic.
/// Example: "IMPRESSION: No acute cardiopulmonary abnormality." → "No acute cardiopulmonary abnormality.";
/// "Hemoglobin 9.2 g/dL (L)" → "Abnormal labs: hemoglobin 9.2 g/dL (low)." with key finding "Hemoglobin 9.2 g/dL (low)".
/// </summary>
public sealed class DocumentSummarizer
{
    private readonly SummaryRules _rules;
    private readonly SectionRuleSet _sectionRules;
    private readonly AnalyteTable _analytes;

    /// <summary>A summarizer with the embedded Rules/summary.json and section rules.</summary>
    public DocumentSummarizer()
        : this(RuleResources.Read<SummaryRules>("summary.json"), SectionRuleSet.Embedded)
    {
    }

    /// <summary>
    /// A summarizer with explicit <paramref name="rules"/>; findings count as key findings only in sections that
    /// <paramref name="sectionRules"/> codes ("INDICATION: cough" is the reason for the study, not a finding).
    /// </summary>
    public DocumentSummarizer(SummaryRules rules, SectionRuleSet sectionRules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(sectionRules);
        var known = sectionRules.Rules.Select(rule => rule.Category).Append(SectionRuleSet.BodyCategory).ToHashSet(StringComparer.Ordinal);
        if (rules.SectionCategories.Concat(rules.FindingsCategories).FirstOrDefault(category => !known.Contains(category)) is { } unknown)
        {
            throw new InvalidDataException($"summary.json names section '{unknown}', which Rules/sections.json does not define.");
        }
        _rules = rules;
        _sectionRules = sectionRules;
        _analytes = AnalyteTable.Embedded;
    }

    /// <summary>
    /// The summary of one analysed document: sentences of the document's own split (<see cref="TextModel.Sentences"/>)
    /// from its sections, its abnormal <paramref name="labs"/> and present <paramref name="findings"/>.
    /// </summary>
    public DocumentSummary Summarize(TextModel document, IReadOnlyList<LabResult> labs, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(labs);
        ArgumentNullException.ThrowIfNull(findings);
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            return DocumentSummary.Empty;
        }
        var abnormal = labs.Where(lab => lab.IsAbnormal).DistinctBy(lab => lab.Analyte).ToArray();
        var present = findings.Where(finding => finding.Assertion == Assertion.Present && _sectionRules.Find(finding.Section).Coded)
            .Select(finding => finding.Concept.Trim())
            .Where(concept => concept.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var keyFindings = present.Select(Capitalize).Concat(abnormal.Select(LabFinding)).ToArray();

        var sentences = new List<string>();
        var conclusion = Sentences(document, SectionText(document, _rules.SectionCategories));
        var labSentence = abnormal.Length > 0 ? LabSentence(abnormal) : null;
        var room = _rules.MaxSentences - (labSentence is null ? 0 : 1);
        sentences.AddRange(conclusion.Take(room));
        if (sentences.Count == 0 && present.Length > 0)
        {
            sentences.Add($"Findings: {string.Join(", ", present)}.");
        }
        if (labSentence is not null)
        {
            sentences.Add(labSentence);
        }
        else if (sentences.Count == 0 && labs.Count > 0)
        {
            sentences.Add(labs.Count == 1 ? "The lab result is within its reference range." : $"All {labs.Count} lab results are within their reference ranges.");
        }
        if (sentences.Count == 0)
        {
            var body = SectionText(document, _rules.FindingsCategories);
            sentences.AddRange(Sentences(document, body ?? (0, document.Text.Length)).Take(_rules.MaxSentences));
        }
        return new DocumentSummary(Fit(sentences), keyFindings);
    }

    private string LabSentence(IReadOnlyList<LabResult> abnormal)
    {
        var mentions = abnormal.Take(_rules.MaxLabMentions).Select(Mention);
        var more = abnormal.Count > _rules.MaxLabMentions ? $" and {abnormal.Count - _rules.MaxLabMentions} more" : string.Empty;
        return $"Abnormal labs: {string.Join(", ", mentions)}{more}.";
    }

    private string Mention(LabResult lab)
    {
        var display = _analytes.ById.TryGetValue(lab.Analyte, out var analyte) ? analyte.Display : lab.Name;
        var firstWord = display.Split(' ')[0];
        var name = firstWord.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c)) ? char.ToLowerInvariant(display[0]) + display[1..] : display;
        return $"{name} {Value(lab)} ({FlagWord(lab.Flag)})";
    }

    private string LabFinding(LabResult lab)
    {
        var display = _analytes.ById.TryGetValue(lab.Analyte, out var analyte) ? analyte.Display : lab.Name;
        return $"{display} {Value(lab)} ({FlagWord(lab.Flag)})";
    }

    private static string Value(LabResult lab) => lab.Unit is null ? lab.ValueText : $"{lab.ValueText} {lab.Unit}";

    private static string FlagWord(LabFlag flag) => flag switch
    {
        LabFlag.Low => "low",
        LabFlag.High => "high",
        LabFlag.CriticalLow => "critical low",
        LabFlag.CriticalHigh => "critical high",
        LabFlag.Abnormal => "abnormal",
        _ => "normal",
    };

    /// <summary>The characters of the first section in <paramref name="categories"/> (in their order) that has a header and content; null when there is none.</summary>
    private static (int Start, int End)? SectionText(TextModel document, IReadOnlyList<string> categories)
    {
        foreach (var category in categories)
        {
            var section = document.Sections.FirstOrDefault(candidate => candidate.Category == category && candidate.Header is not null);
            if (section is not null && !string.IsNullOrWhiteSpace(section.Content.Text))
            {
                return (section.Content.Start, section.Content.End);
            }
        }
        return null;
    }

    /// <summary>The document's sentences inside <paramref name="range"/> as summary sentences: white space collapsed, list numbers dropped, sentences without words skipped.</summary>
    private List<string> Sentences(TextModel document, (int Start, int End)? range)
    {
        var sentences = new List<string>();
        if (range is not { } characters)
        {
            return sentences;
        }
        foreach (var (sentenceStart, sentenceEnd) in document.SentenceSpans(characters.Start, characters.End))
        {
            if (sentences.Count >= _rules.MaxSentences)
            {
                break;
            }
            if (Clean(document.Text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)) is { } sentence)
            {
                sentences.Add(sentence);
            }
        }
        return sentences;
    }

    // White space collapsed to single spaces, a list number dropped, trailing separators cut and a full stop ensured;
    // null for a sentence without a letter or with a control or replacement character.
    private static string? Clean(ReadOnlySpan<char> raw)
    {
        var buffer = raw.Length < 1024 ? stackalloc char[raw.Length + 1] : new char[raw.Length + 1];
        var length = 0;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                if (length > 0 && buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }
                continue;
            }
            buffer[length++] = c;
        }
        var sentence = DropListNumber(buffer[..length].TrimEnd(' '));
        var hasLetter = false;
        foreach (var c in sentence)
        {
            if (char.IsControl(c) || c == '\uFFFD')
            {
                return null;
            }
            hasLetter |= char.IsLetter(c);
        }
        if (!hasLetter)
        {
            return null;
        }
        sentence = sentence.TrimEnd([',', ';', ':', ' ']);
        return sentence.EndsWith('.') || sentence.EndsWith('?') || sentence.EndsWith('!') ? sentence.ToString() : string.Concat(sentence, ".");
    }

    private static ReadOnlySpan<char> DropListNumber(ReadOnlySpan<char> sentence)
    {
        var i = 0;
        while (i < sentence.Length && char.IsAsciiDigit(sentence[i]))
        {
            i++;
        }
        return i > 0 && i < 3 && i + 1 < sentence.Length && sentence[i] is '.' or ')' && sentence[i + 1] == ' ' ? sentence[(i + 2)..] : sentence;
    }

    /// <summary>Joins sentences up to the limits; a first sentence longer than the limit is cut at a word boundary.</summary>
    private string Fit(List<string> sentences)
    {
        var builder = new StringBuilder();
        foreach (var sentence in sentences.Take(_rules.MaxSentences))
        {
            var separator = builder.Length == 0 ? 0 : 1;
            if (builder.Length + separator + sentence.Length > _rules.MaxCharacters)
            {
                if (builder.Length == 0)
                {
                    var cut = sentence.LastIndexOf(' ', _rules.MaxCharacters - 1);
                    builder.Append(sentence[..(cut > 0 ? cut : _rules.MaxCharacters - 1)]).Append('…');
                }
                break;
            }
            builder.Append(separator == 1 ? " " : string.Empty).Append(sentence);
        }
        return builder.ToString();
    }

    private static string Capitalize(string value) => char.ToUpperInvariant(value[0]) + value[1..];
}
