using System.Text;
using System.Text.RegularExpressions;

namespace MedDoc.Llm.Redaction;

/// <summary>
/// Replaces protected health information by typed placeholders before any text leaves the process:
/// names near labels and titles (Patient:, Name:, Dr., MD), dates, MRN / account / accession and other
/// ID numbers, phone, e-mail, street addresses, SSN and ages over 89. Example:
/// "Patient: Jane Roe  DOB: 04/02/1931  MRN: 0012345" → "Patient: [NAME]  DOB: [DATE]  MRN: [MRN]".
/// Over-redaction is preferred to a leak; clinical words are never touched by the label rules because
/// they only fire after a label, title or credential. Thread-safe.
/// </summary>
public sealed class PhiRedactor
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    // A capitalised name word ("Jane", "O'Neil", "Smith-Jones") or an initial ("Q.") that is not itself a "LABEL:".
    private const string NameWord = @"(?![A-Za-z]+[ \t]*[:#])(?:[A-Z][A-Za-z'\-]+|[A-Z]\.)";
    private const string Name = NameWord + @"(?:,?[ \t]+" + NameWord + "){0,3}";
    private const string ShortName = NameWord + @"(?:[ \t]+" + NameWord + "){0,2}";
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private const string StreetSuffix = @"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq)";

    /// <summary>The rules applied, in no particular order (overlaps are resolved longest-first).</summary>
    public static IReadOnlyList<PhiRule> Rules { get; } =
    [
        // Names after a label: "Patient: Jane Roe", "Referring Physician: ROE, JANE", "Signed by: A. Poe".
        Rule(PhiKind.Name, @"\b(?<!(?i:exam|study|procedure|test|drug|medication|product|file)[ \t]+)(?i:(?:patient(?:[ \t]+name)?|pt(?:[ \t]+name)?|name|attending(?:[ \t]+physician)?|referring(?:[ \t]+physician)?|ordering(?:[ \t]+physician)?|physician|provider|pcp|(?:electronically[ \t]+)?signed(?:[ \t]+by)?|dictated(?:[ \t]+by)?|transcribed(?:[ \t]+by)?|reviewed(?:[ \t]+by)?|resident|radiologist|surgeon|nurse|guardian|(?:emergency[ \t]+)?contact|mother|father|spouse|cc))[ \t]*[:#\-][ \t]*(?<v>" + Name + ")"),
        // Names after a title: "Dr. Alan Poe", "Mrs. Roe".
        Rule(PhiKind.Name, @"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Doctor)\.?[ \t]+(?<v>" + ShortName + ")"),
        // Names before a credential: "Alan Poe, MD", "J. Roe RN".
        Rule(PhiKind.Name, @"(?<v>" + ShortName + @")(?=,?[ \t]*(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|MBBS|PhD|DDS|FACR)\b)"),
        // Names after a relation word: "with her son Tobias".
        Rule(PhiKind.Name, @"\b(?i:son|daughter|wife|husband|brother|sister|mother|father|spouse|partner|friend|neighbou?r|caregiver|grandson|granddaughter)[ \t]+(?<v>" + ShortName + ")"),
        // Dates.
        Rule(PhiKind.Date, @"(?<!\d)\d{1,2}([/\-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)"),
        Rule(PhiKind.Date, @"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])"),
        Rule(PhiKind.Date, @"(?<!\d)(?:1[89]|20)\d{2}[\-/]\d{1,2}[\-/]\d{1,2}(?!\d)"),
        Rule(PhiKind.Date, @"(?i:\b" + Month + @"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}\b)"),
        Rule(PhiKind.Date, @"(?i:\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + Month + @"\.?,?[ \t]+\d{4}\b)"),
        Rule(PhiKind.Date, @"(?i:\b" + Month + @"\.?,?[ \t]+\d{4}\b)"),
        // Record, account, accession and other ID numbers (the label is kept).
        Rule(PhiKind.Mrn, @"(?i:\b(?:MRN|MR[ \t]*#|medical[ \t]+record(?:[ \t]+(?:number|no\.?|#))?|med[ \t]+rec(?:ord)?[ \t]*#?))[ \t]*(?:number|no\.?)?[ \t]*[:#]?[ \t]*(?<v>(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{2,})"),
        Rule(PhiKind.Account, @"(?i:\b(?:account|acct|encounter|visit|FIN|billing)(?:[ \t]+(?:number|no\.?|#|id))?)[ \t]*[:#]?[ \t]*(?<v>(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{2,})"),
        Rule(PhiKind.Accession, @"(?i:\b(?:accession|acc)(?:[ \t]+(?:number|no\.?|#))?)[ \t]*[:#]?[ \t]*(?<v>(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{2,})"),
        Rule(PhiKind.Identifier, @"(?i:\b(?:patient|member|insurance|policy|subscriber|health[ \t]+plan|license|device[ \t]+serial)?[ \t]*(?:ID|identifier)[ \t]*[:#][ \t]*)(?<v>(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{2,})"),
        // Contact details.
        Rule(PhiKind.Phone, @"(?<![\d\-])(?:\+?1[ .\-]?)?(?:\(\d{3}\)[ .\-]?|\d{3}[ .\-])\d{3}[ .\-]\d{4}(?![\d\-])"),
        Rule(PhiKind.Email, @"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b"),
        Rule(PhiKind.Ssn, @"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])"),
        Rule(PhiKind.Ssn, @"(?i:\b(?:SSN|social[ \t]+security(?:[ \t]+(?:number|no\.?|#))?))[ \t]*[:#]?[ \t]*(?<v>\d{3}[ \-]?\d{2}[ \-]?\d{4})\b"),
        Rule(PhiKind.Address, @"\b\d{1,6}[ \t]+(?:[A-Z0-9][A-Za-z0-9.'\-]*[ \t]+){1,4}" + StreetSuffix + @"\b\.?(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|\#)\.?[ \t]*[A-Za-z0-9\-]+)?(?:,[ \t]*[A-Z][A-Za-z .'\-]+,[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)?"),
        Rule(PhiKind.Address, @"\b[A-Z][A-Za-z .'\-]+,[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b"),
        Rule(PhiKind.Address, @"(?i:\b(?:home[ \t]+)?address)[ \t]*:[ \t]*(?<v>[^\r\n]+)"),
        // Ages over 89 (HIPAA safe harbour): "93-year-old", "94 y/o", "Age: 91".
        Rule(PhiKind.Age, @"(?i:(?<!\d)(?<v>9\d|1[0-4]\d)(?=[ \t]*-?[ \t]*(?:years?|yrs?|y/o|yo\b|y\.o\.)))"),
        Rule(PhiKind.Age, @"(?i:\bage[ \t]*:?[ \t]*(?<v>9\d|1[0-4]\d)(?!\d))"),
    ];

    /// <summary>The placeholder written for <paramref name="kind"/> ("[NAME]", "[DATE]"...).</summary>
    public static string Placeholder(PhiKind kind) => "[" + kind.ToString().ToUpperInvariant() + "]";

    /// <summary>Redacts <paramref name="text"/>; "Dr. Alan Poe" → "Dr. [NAME]", offsets kept in the result's map.</summary>
    public RedactedText Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<(PhiKind Kind, int Start, int End)>();
        foreach (var rule in Rules)
        {
            foreach (Match match in rule.Pattern.Matches(text))
            {
                var group = match.Groups["v"];
                var target = group.Success ? group : (Group)match;
                if (target.Length > 0)
                {
                    hits.Add((rule.Kind, target.Index, target.Index + target.Length));
                }
            }
        }
        hits.AddRange(OtherMentionsOfNames(text, hits));
        var merged = new List<(PhiKind Kind, int Start, int End)>();
        foreach (var hit in hits.OrderBy(hit => hit.Start).ThenByDescending(hit => hit.End))
        {
            if (merged.Count > 0 && hit.Start < merged[^1].End)
            {
                // Overlapping hits are joined so that no part of either one escapes.
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, hit.End) };
                continue;
            }
            merged.Add(hit);
        }
        var builder = new StringBuilder(text.Length);
        var redactions = new List<Redaction>(merged.Count);
        var position = 0;
        foreach (var hit in merged)
        {
            builder.Append(text, position, hit.Start - position);
            var placeholder = Placeholder(hit.Kind);
            redactions.Add(new Redaction(hit.Kind, hit.Start, hit.End, builder.Length, builder.Length + placeholder.Length));
            builder.Append(placeholder);
            position = hit.End;
        }
        builder.Append(text, position, text.Length - position);
        return new RedactedText(text, builder.ToString(), redactions);
    }

    /// <summary>
    /// A name found once near a label ("Emergency Contact: Tobias Roe") is hidden everywhere else too
    /// ("seen with Tobias"): every word of it (initials excepted) is matched as a whole word, ignoring case.
    /// Words made only of X are de-identification marks already ("Dr. XXXX XXXX") and are not spread.
    /// </summary>
    private static IEnumerable<(PhiKind Kind, int Start, int End)> OtherMentionsOfNames(string text, IReadOnlyList<(PhiKind Kind, int Start, int End)> hits)
    {
        var words = hits.Where(hit => hit.Kind == PhiKind.Name)
            .SelectMany(hit => NameParts().Matches(text[hit.Start..hit.End]).Select(match => match.Value))
            .Where(word => word.Any(character => character is not ('X' or 'x')))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (words.Length == 0)
        {
            return [];
        }
        var pattern = new Regex(@"\b(?:" + string.Join("|", words.Select(Regex.Escape)) + @")\b", Options | RegexOptions.IgnoreCase, MatchTimeout);
        return pattern.Matches(text).Select(match => (PhiKind.Name, match.Index, match.Index + match.Length)).ToArray();
    }

    private static Regex NameParts() => NamePartPattern;

    private static readonly Regex NamePartPattern = new(@"[A-Za-z][A-Za-z'\-]{2,}", Options, MatchTimeout);

    private static PhiRule Rule(PhiKind kind, string pattern) => new(kind, new Regex(pattern, Options, MatchTimeout));
}
