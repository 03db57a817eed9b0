using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The site phrases of the Table of Neoplasms as a phrase matcher. A row's phrases combine its words with its parents'
/// as a note would write them ("lower lobe of the lung", "lung lower lobe", "lung, lower lobe"; below the second level also
/// with the parent's own words: "sigmoid colon" for ["intestine", "large", "colon", "sigmoid"], unless they are generic:
/// "anterior wall" alone is no bladder); a main term's
/// alternatives and its non-essential modifiers count ("bladder", "urinary bladder"; "uterus, uteri, uterine"), as do
/// the adjectives of Rules/neoplasm_morphology.json ("renal pelvis") and plurals ("lymph nodes"). A lymph "gland" is
/// a lymph node. Rows that refer elsewhere ("accessory sinus → see sinus") take the codes of the row they name; rows too
/// generic to stand alone ("cavity", also as one alternative of a main term: "digestive organs, system, tube, or tract") and morphology rows ("basal cell carcinoma" under skin) give no phrase of their own.
/// Side words and commas may sit inside a phrase ("Kidney, left" matches "kidney"; "lung, right upper lobe" matches
/// "lung upper lobe"). Example: "left renal pelvis" → the row ["kidney", "pelvis"] (primary C65.-).
/// </summary>
public sealed class NeoplasmSiteIndex
{
    private const int MaxFormsPerRow = 64;

    private static readonly string[] MorphologyRowWords =
        ["carcinoma", "sarcoma", "mesothelioma", "melanoma", "melanotic", "nevus", "merkel", "kaposi", "specified", "overlapping", "meaning", "associated"];

    private readonly Dictionary<string, NeoplasmSite> _byPhrase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NeoplasmEntry> _morphologyRows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NeoplasmEntry>> _carcinomaRows = new(StringComparer.Ordinal);
    private const string CarcinomaWord = "carcinoma";

    /// <summary>The index of <paramref name="rows"/> (table order) with the adjectives and generic rows of <paramref name="rules"/>.</summary>
    public NeoplasmSiteIndex(IReadOnlyList<NeoplasmEntry> rows, NeoplasmRuleFile rules)
    {
        var sideWords = rules.Laterality.Values.SelectMany(words => words).Append("the").Append(",");
        Matcher = new PhraseMatcher<NeoplasmSite>(sideWords);
        var generic = rules.GenericSites.Select(Fold).ToHashSet(StringComparer.Ordinal);
        var adjectives = rules.SiteAdjectives
            .GroupBy(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        var targets = IndexPaths(rows);
        var mainTerms = rows.Where(row => row.Path.Count == 1 && HasCode(row)).SelectMany(row => Alternatives(row.Path[0])).ToHashSet(StringComparer.Ordinal);
        var formsByLevel = new List<IReadOnlyList<string>>();
        var wordsByLevel = new List<IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            var level = row.Path.Count;
            formsByLevel.RemoveRange(level - 1, formsByLevel.Count - (level - 1));
            wordsByLevel.RemoveRange(level - 1, wordsByLevel.Count - (level - 1));
            var forms = level == 1
                ? MainTermForms(row, adjectives, mainTerms)
                : ChildForms(row, level == 2 ? formsByLevel[0] : wordsByLevel[level - 2].Concat(formsByLevel[level - 2]).Distinct(StringComparer.Ordinal).ToArray(), mainTerms);
            formsByLevel.Add(forms);
            // A lymph "gland" lends its rows the words of a lymph node, never "gland": "parotid gland" is the organ, not its nodes.
            wordsByLevel.Add(IsLymphGland(row) ? [] : Alternatives(row.Path[^1]).Where(words => !generic.Contains(words)).ToArray());
            var target = row.See is null ? row : targets.GetValueOrDefault(string.Join("|", row.See.Select(Fold)));
            if (level == 2)
            {
                foreach (var whole in Alternatives(row.Path[0]))
                {
                    _parts.UnionWith(Alternatives(row.Path[1]).Select(part => whole + "|" + part));
                }
            }
            if (level > 1 && row.Primary is not null && (Fold(row.Path[^1]) == CarcinomaWord || Modifiers(row.Modifiers).Contains(CarcinomaWord)))
            {
                for (var ancestor = 1; ancestor < level; ancestor++)
                {
                    var key = string.Join("|", row.Path.Take(ancestor).Select(Fold));
                    _carcinomaRows.TryAdd(key, []);
                    _carcinomaRows[key].Add(row);
                }
            }
            if (level > 1 && IsMorphologyRow(row))
            {
                _morphologyRows.TryAdd(MorphologyKey(row.Path.Take(level - 1), row.Path[^1]), row);
            }
            if (target is null || !HasCode(target) || generic.Contains(Fold(row.Path[^1])) || IsMorphologyRow(row))
            {
                continue;
            }
            foreach (var form in forms.Where(form => !generic.Contains(form)))
            {
                Register(form, target);
                Register(Plural(form), target);
            }
        }
        foreach (var (adjective, noun) in rules.SiteAdjectives)
        {
            if (_byPhrase.TryGetValue(Fold(noun), out var site))
            {
                Register(adjective, site.Entry);
            }
        }
    }

    /// <summary>Finds site phrases in tokens (longest match; side words and commas may sit inside).</summary>
    public PhraseMatcher<NeoplasmSite> Matcher { get; }

    /// <summary>Number of distinct phrases indexed.</summary>
    public int PhraseCount => _byPhrase.Count;

    /// <summary>
    /// True when the table lists <paramref name="part"/>'s words under <paramref name="whole"/>'s main term: "cervix" and
    /// "endometrium" are parts of "uterus", "pelvis" of "kidney".
    /// </summary>
    public bool IsPartOf(NeoplasmSite part, NeoplasmSite whole)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        return Alternatives(whole.Entry.Path[0]).Any(words => _parts.Contains(words + "|" + part.Phrase));
    }

    /// <summary>The sites named by one word ("kidney", "renal", "lung").</summary>
    public IEnumerable<string> Words => _byPhrase.Keys.Where(phrase => !phrase.Contains(' ', StringComparison.Ordinal));

    /// <summary>Every word of the site phrases ("flexure" of "hepatic flexure", "kidney").</summary>
    public IEnumerable<string> PhraseWords => _byPhrase.Keys.SelectMany(phrase => phrase.Split(' ')).Distinct(StringComparer.Ordinal);

    /// <summary>The site a phrase names ("renal pelvis" → ["kidney", "pelvis"]), or null.</summary>
    public NeoplasmSite? Find(string phrase) => _byPhrase.GetValueOrDefault(Fold(phrase));

    /// <summary>
    /// The table's row for a morphology under a site, where it has one ("skin" + "squamous cell carcinoma" → C44.92;
    /// "eyelid" + "basal cell carcinoma" → C44.11-), or null.
    /// </summary>
    public NeoplasmEntry? MorphologyRow(NeoplasmEntry site, string morphology) =>
        _morphologyRows.GetValueOrDefault(MorphologyKey(site.Path, morphology));

    /// <summary>
    /// The rows below <paramref name="site"/> that the table gives to a carcinoma there, in table order: its row "carcinoma"
    /// or a row marked "(carcinoma)" ("maxilla" → "carcinoma" C03.0; "mandible" → "alveolar mucosa (carcinoma)" C03.1).
    /// </summary>
    public IReadOnlyList<NeoplasmEntry> CarcinomaRows(NeoplasmEntry site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return _carcinomaRows.GetValueOrDefault(string.Join("|", site.Path.Select(Fold))) ?? [];
    }

    private static string MorphologyKey(IEnumerable<string> sitePath, string morphology) =>
        string.Join("|", sitePath.Select(Fold)) + "#" + Fold(morphology);

    private void Register(string phrase, NeoplasmEntry entry)
    {
        var key = Fold(phrase);
        if (key.Length < 2 || _byPhrase.ContainsKey(key) || Tokenizer.Normalize(phrase).Count == 0)
        {
            return;
        }
        var site = new NeoplasmSite(key, entry);
        _byPhrase[key] = site;
        Matcher.Add(key, site);
    }

    // Ill-defined regions (C76: "neck", "pelvis", "arm") and unknown sites (C80) are not where a coder places a tumour.
    private static bool HasCode(NeoplasmEntry entry) =>
        (entry.Primary is not null || entry.Secondary is not null || entry.InSitu is not null || entry.Benign is not null)
        && !(entry.Primary is { } primary && (primary.StartsWith("C76", StringComparison.Ordinal) || primary.StartsWith("C80", StringComparison.Ordinal)));

    private static bool IsMorphologyRow(NeoplasmEntry row)
    {
        var words = Fold(row.Path[^1]);
        return MorphologyRowWords.Any(word => words.Contains(word, StringComparison.Ordinal));
    }

    // Rows by their words at each level (every alternative of a main term), for see-references.
    private static Dictionary<string, NeoplasmEntry> IndexPaths(IReadOnlyList<NeoplasmEntry> rows)
    {
        var byPath = new Dictionary<string, NeoplasmEntry>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            IEnumerable<string> keys = Alternatives(row.Path[0]);
            keys = keys.Append(Fold(row.Path[0]));
            foreach (var words in row.Path.Skip(1))
            {
                var below = Alternatives(words).Append(Fold(words)).ToArray();
                keys = keys.SelectMany(key => below.Select(alternative => key + "|" + alternative)).ToArray();
            }
            foreach (var key in keys)
            {
                byPath.TryAdd(key, row);
            }
        }
        return byPath;
    }

    // A modifier that is an organ of its own ("cervix (uteri) (uterus)"; not an ill-defined region: "head", "axilla") follows the main term only ("cervix uteri"): before
    // it, it is the organ of a specimen list ("Uterus, cervix, tubes and ovaries").
    // Words of the modifiers outside parentheses are essential ("cystic (bile) duct (common)"): the main term alone ("a cystic
    // tumor") is no site; "cystic duct" and "cystic bile duct" are.
    private static IReadOnlyList<string> MainTermForms(NeoplasmEntry row, Dictionary<string, string[]> adjectives, HashSet<string> mainTerms)
    {
        var forms = new List<string>();
        if (EssentialModifier(row.Modifiers) is { } essential)
        {
            foreach (var alternative in Alternatives(row.Path[0]))
            {
                forms.Add(alternative + " " + essential);
                forms.AddRange(Modifiers(row.Modifiers).Where(modifier => modifier != essential).Select(modifier => alternative + " " + modifier + " " + essential));
            }
            return forms.Distinct(StringComparer.Ordinal).Take(MaxFormsPerRow).ToArray();
        }
        foreach (var alternative in Alternatives(row.Path[0]))
        {
            forms.Add(alternative);
            forms.AddRange(adjectives.GetValueOrDefault(alternative) ?? []);
            foreach (var modifier in Modifiers(row.Modifiers))
            {
                if (!mainTerms.Contains(modifier))
                {
                    forms.Add(modifier + " " + alternative);
                }
                forms.Add(alternative + " " + modifier);
            }
        }
        return forms.Distinct(StringComparer.Ordinal).Take(MaxFormsPerRow).ToArray();
    }

    // A child that is an organ of its own ("uterus" → "cervix"; not "pancreas" → "head") does not follow its parent ("Uterus, cervix" lists two organs).
    private static IReadOnlyList<string> ChildForms(NeoplasmEntry row, IReadOnlyList<string> parentForms, HashSet<string> mainTerms)
    {
        var children = Alternatives(row.Path[^1]).ToList();
        if (IsLymphGland(row))
        {
            return ["lymph node", "lymph nodes", "lymph gland", "lymphnode", "node", "nodes", "nodal"];
        }
        foreach (var modifier in Modifiers(row.Modifiers))
        {
            children.AddRange(children.Select(child => modifier + " " + child).ToArray());
        }
        var forms = new List<string>();
        foreach (var child in children)
        {
            foreach (var parent in parentForms)
            {
                forms.Add(child + " " + parent);
                if (!mainTerms.Contains(child))
                {
                    forms.Add(parent + " " + child);
                }
                forms.Add(child + " of " + parent);
            }
        }
        return forms.Distinct(StringComparer.Ordinal).Take(MaxFormsPerRow).ToArray();
    }

    private static bool IsLymphGland(NeoplasmEntry row) =>
        row.Path.Count == 2 && row.Path[0].StartsWith("lymph", StringComparison.OrdinalIgnoreCase) && Alternatives(row.Path[1]).Contains("gland");

    /// <summary>
    /// The ways a table entry's words are written: "abdomen, abdominal" → abdomen, abdominal; "calyx, renal" → renal calyx
    /// (an inverted entry); "bile or biliary" → bile, biliary; "antecubital fossa or space" → antecubital fossa, antecubital space.
    /// </summary>
    internal static IReadOnlyList<string> Alternatives(string words)
    {
        var cleaned = words.ToLowerInvariant().Replace(" nec", "", StringComparison.Ordinal).Replace(" nos", "", StringComparison.Ordinal).Trim();
        var parts = cleaned.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var alternatives = new List<string>();
        if (parts.Length == 2 && !SharesStem(parts[0], parts[1]))
        {
            alternatives.Add(parts[1] + " " + parts[0]);
            alternatives.Add(parts[0]);
        }
        else
        {
            alternatives.AddRange(parts);
        }
        return alternatives.SelectMany(SplitOr).Select(Fold).Where(alternative => alternative.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<string> SplitOr(string words)
    {
        var or = words.IndexOf(" or ", StringComparison.Ordinal);
        if (or < 0)
        {
            yield return words;
            yield break;
        }
        var left = words[..or];
        var right = words[(or + 4)..];
        var lastSpace = left.LastIndexOf(' ');
        yield return left;
        yield return lastSpace < 0 ? right : left[..(lastSpace + 1)] + right;
    }

    private static bool SharesStem(string first, string second) =>
        first.Length >= 3 && second.Length >= 3 && string.CompareOrdinal(first, 0, second, 0, 3) == 0;

    private static IEnumerable<string> Modifiers(string? modifiers) =>
        (modifiers ?? "").Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Fold)
            .Where(modifier => modifier.Length > 0 && !modifier.Contains("see ", StringComparison.Ordinal) && !modifier.Contains("any", StringComparison.Ordinal));

    private static string? EssentialModifier(string? modifiers)
    {
        var outside = Fold(System.Text.RegularExpressions.Regex.Replace(modifiers ?? "", @"\([^)]*\)", " "));
        return outside.Length > 0 ? outside : null;
    }

    private static string Plural(string phrase) =>
        phrase.EndsWith('s') || phrase.EndsWith('x') ? phrase
        : phrase.EndsWith('y') ? phrase[..^1] + "ies"
        : phrase + "s";

    private static string Fold(string words) => string.Join(' ', Tokenizer.Normalize(words));
}
