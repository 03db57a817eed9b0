using System.Text;
using MedDoc.Engine.Classification;
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
        _rules = rules;
        _sectionRules = sectionRules;
        _analytes = AnalyteTable.Embedded;
    }

    /// <summary>The summary of one analysed document.</summary>
    public DocumentSummary Summarize(string text, IReadOnlyList<Section> sections, IReadOnlyList<LabResult> labs, IReadOnlyList<Finding> findings, IReadOnlyList<CodeSuggestion> codes)
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = codes; // codes follow from findings and labs, which the summary already names
        if (string.IsNullOrWhiteSpace(text))
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
        var conclusion = Sentences(SectionText(text, sections, _rules.SectionCategories, _rules.Labels));
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
            var body = SectionText(text, sections, _rules.FindingsCategories, _rules.FindingsLabels);
            sentences.AddRange(Sentences(body.Length > 0 ? body : text).Take(_rules.MaxSentences));
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

    /// <summary>The text of the first section in <paramref name="categories"/>, or of the first line labelled with one of <paramref name="labels"/>.</summary>
    private static string SectionText(string text, IReadOnlyList<Section> sections, IReadOnlyList<string> categories, IReadOnlyList<string> labels)
    {
        foreach (var category in categories)
        {
            var section = sections.FirstOrDefault(candidate => candidate.Category == category && candidate.Header is not null);
            if (section is not null && !string.IsNullOrWhiteSpace(section.Content.Text))
            {
                return section.Content.Text;
            }
        }
        var lines = TextLine.Read(text);
        foreach (var label in labels)
        {
            var index = lines.FindIndex(line => line.Label == label);
            if (index < 0)
            {
                continue;
            }
            var builder = new StringBuilder(text[lines[index].ContentStart..lines[index].End]);
            for (var next = index + 1; next < lines.Count && lines[next].Label is null; next++)
            {
                builder.Append('\n').Append(text[lines[next].Start..lines[next].End]);
            }
            var content = builder.ToString().Trim();
            if (content.Length > 0)
            {
                return content;
            }
        }
        return string.Empty;
    }

    /// <summary>Sentences and list items of <paramref name="text"/>, whitespace collapsed, list numbers dropped.</summary>
    private List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length && sentences.Count < _rules.MaxSentences; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Flush(current, sentences);
                continue;
            }
            current.Append(char.IsWhiteSpace(c) ? ' ' : c);
            if (c is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsListNumber(current) && (c != '.' || Abbreviations.Embedded.EndsSentence(text, i)))
            {
                Flush(current, sentences);
            }
        }
        Flush(current, sentences);
        return sentences;
    }

    private static bool IsListNumber(StringBuilder current)
    {
        if (current.Length > 8)
        {
            return false;
        }
        var value = current.ToString().Trim();
        return value.Length <= 3 && value.TrimEnd('.').All(char.IsAsciiDigit);
    }

    private static void Flush(StringBuilder current, List<string> sentences)
    {
        var sentence = string.Join(' ', current.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        current.Clear();
        sentence = DropListNumber(sentence);
        if (sentence.Any(char.IsLetter) && !sentence.Any(c => char.IsControl(c) || c == '\uFFFD'))
        {
            sentence = sentence.TrimEnd(',', ';', ':', ' ');
            sentences.Add(sentence.EndsWith('.') || sentence.EndsWith('?') || sentence.EndsWith('!') ? sentence : sentence + ".");
        }
    }

    private static string DropListNumber(string sentence)
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
