namespace MedDoc.Engine.Coding;

/// <summary>
/// Keeps one code of every Excludes1 pair among a document's suggestions: ICD-10-CM never codes both. A diagnosis wins
/// over a sign or symptom (chapter R), then the code stated more often, then the surer one (stated in a conclusion),
/// then a code whose title does not say "unspecified", then the more specific (longer) code. The note itself does not
/// say which of the two the text means: "Excludes1: chills without fever (R68.83)" under R50 forbids the pair whether
/// the patient has fever with chills or not.
/// Example: J45.909 + R06.2 (wheezing, whose note excludes asthma) → J45.909; "acute renal failure … renal failure"
/// N17.9 + N19 → N17.9. Pure.
/// </summary>
public static class Excludes1Resolution
{
    /// <summary><paramref name="codes"/> without the losers of their Excludes1 pairs, in their order.</summary>
    public static List<CodeSuggestion> Resolve(IReadOnlyList<CodeSuggestion> codes, IcdTerminology terminology)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(terminology);
        var losers = new HashSet<CodeSuggestion>();
        var ordered = codes.OrderBy(code => code.Code, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = i + 1; j < ordered.Length && !losers.Contains(ordered[i]); j++)
            {
                var (first, second) = (ordered[i], ordered[j]);
                if (!losers.Contains(second) && first.Code != second.Code && terminology.Excludes(first.Code, second.Code))
                {
                    losers.Add(Loser(first, second));
                }
            }
        }
        return codes.Where(code => !losers.Contains(code)).ToList();
    }

    private static CodeSuggestion Loser(CodeSuggestion first, CodeSuggestion second) => Compare(first, second) >= 0 ? second : first;

    /// <summary>Positive when <paramref name="first"/> is the better evidenced or more specific code.</summary>
    private static int Compare(CodeSuggestion first, CodeSuggestion second)
    {
        var symptom = IsSymptom(second.Code).CompareTo(IsSymptom(first.Code));
        if (symptom != 0)
        {
            return symptom;
        }
        var evidence = first.Evidence.Count.CompareTo(second.Evidence.Count);
        if (evidence != 0)
        {
            return evidence;
        }
        var confidence = first.Confidence.CompareTo(second.Confidence);
        if (confidence != 0)
        {
            return confidence;
        }
        var stated = IsUnspecified(second).CompareTo(IsUnspecified(first));
        if (stated != 0)
        {
            return stated;
        }
        var specificity = first.Code.Length.CompareTo(second.Code.Length);
        return specificity != 0 ? specificity : string.CompareOrdinal(second.Code, first.Code);
    }

    private static bool IsSymptom(string code) => code[0] == 'R';

    // "Thrombocytopenia, unspecified" names less than "Disseminated intravascular coagulation", whatever the code lengths.
    private static bool IsUnspecified(CodeSuggestion code) => code.Description.Contains("unspecified", StringComparison.OrdinalIgnoreCase);
}
