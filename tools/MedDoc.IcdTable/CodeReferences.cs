using System.Text.RegularExpressions;
using MedDoc.Engine.Coding;

namespace MedDoc.IcdTable;

/// <summary>
/// The codes a tabular note names in parentheses: "type 1 diabetes mellitus (E10.-)" → E10;
/// "Escherichia coli infection (A04.0-A04.4)" → A04.0–A04.4; "(J09.X3, J10.2, J11.2)" → three codes.
/// </summary>
public static partial class CodeReferences
{
    /// <summary>Every code or range named in <paramref name="note"/>, in order.</summary>
    public static IReadOnlyList<CodeRange> Parse(string note)
    {
        var ranges = new List<CodeRange>();
        foreach (Match group in Parenthesised().Matches(note))
        {
            foreach (var part in group.Groups[1].Value.Split(','))
            {
                var reference = Reference().Match(part.Trim());
                if (!reference.Success)
                {
                    continue;
                }
                var from = IcdCatalog.WithDot(reference.Groups["from"].Value);
                var to = reference.Groups["to"].Success ? IcdCatalog.WithDot(reference.Groups["to"].Value) : from;
                ranges.Add(new CodeRange(from, to));
            }
        }
        return ranges;
    }

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^(?<from>[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)\.?-?(?:\s*-\s*(?<to>[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)\.?-?)?$")]
    private static partial Regex Reference();
}
