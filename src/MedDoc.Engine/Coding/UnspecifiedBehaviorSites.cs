namespace MedDoc.Engine.Coding;

/// <summary>
/// The neoplasms of unspecified behaviour (D49) of the Table of Neoplasms' rows a code of stated behaviour shares: a
/// "tumor" whose histology the document states at its own site is that neoplasm, one at another site is not.
/// Example: C64.1 (kidney, primary) → D49.51 (the kidney's row), so "renal tumor … renal cell carcinoma" keeps C64.1 alone,
/// while "renal cell carcinoma … a tumor in the thigh" keeps D49.2 beside it. Pure.
/// </summary>
public sealed class UnspecifiedBehaviorSites
{
    private readonly Dictionary<string, HashSet<string>> _byCategory = new(StringComparer.Ordinal);

    /// <summary>Reads the rows of <paramref name="terminology"/>'s Table of Neoplasms.</summary>
    public UnspecifiedBehaviorSites(IcdTerminology terminology)
    {
        ArgumentNullException.ThrowIfNull(terminology);
        foreach (var row in terminology.Neoplasms)
        {
            if (row.Unspecified is not { } unspecified)
            {
                continue;
            }
            foreach (var code in new[] { row.Primary, row.InSitu, row.Benign, row.Uncertain })
            {
                if (code is { Length: >= 3 })
                {
                    Add(code[..3], unspecified.TrimEnd('-'));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="unspecified"/> (a D49 code) is the site of <paramref name="stated"/>, a code of stated behaviour.</summary>
    public bool SameSite(string unspecified, string stated) =>
        stated.Length >= 3 && _byCategory.TryGetValue(stated[..3], out var sites)
        && sites.Any(site => unspecified.StartsWith(site, StringComparison.Ordinal) || site.StartsWith(unspecified, StringComparison.Ordinal));

    private void Add(string category, string unspecified)
    {
        if (!_byCategory.TryGetValue(category, out var sites))
        {
            _byCategory[category] = sites = new HashSet<string>(StringComparer.Ordinal);
        }
        sites.Add(unspecified);
    }
}
