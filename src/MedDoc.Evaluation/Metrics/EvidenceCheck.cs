using MedDoc.Engine;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// Evidence validity as a client checks it: a non-empty evidence list whose every string is a verbatim
/// substring of the text, and a non-empty span list whose every span satisfies <c>text[start:end] == text</c>
/// with code-point offsets (they equal UTF-16 offsets unless characters outside the BMP occur).
/// </summary>
public static class EvidenceCheck
{
    /// <summary>True when <paramref name="code"/>'s evidence is verbatim in <paramref name="text"/>.</summary>
    public static bool IsValid(PredictedCode code, string text)
    {
        if (code.Evidence.Count == 0 || code.EvidenceSpans.Count == 0 ||
            !code.Evidence.All(evidence => evidence.Length > 0 && text.Contains(evidence, StringComparison.Ordinal)))
        {
            return false;
        }
        var offsets = new CodePointMap(text);
        return code.EvidenceSpans.All(span => IsExact(span, text, offsets));
    }

    private static bool IsExact(PredictedSpan span, string text, CodePointMap offsets)
    {
        if (span.Start < 0 || span.End < span.Start || span.Text.Length == 0 || span.End > offsets.CodePointLength)
        {
            return false;
        }
        var start = offsets.ToUtf16Index(span.Start);
        var end = offsets.ToUtf16Index(span.End);
        return string.Equals(text[start..end], span.Text, StringComparison.Ordinal);
    }
}
