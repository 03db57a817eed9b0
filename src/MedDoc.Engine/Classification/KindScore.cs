namespace MedDoc.Engine.Classification;

/// <summary>The cue score of one document kind in one document, with the cues that matched.</summary>
internal sealed class KindScore(DocumentKindRule rule)
{
    private const double StrengthPerMarginPoint = 0.03;

    private readonly List<string> _names = [];

    public DocumentKindRule Rule { get; } = rule;

    public double Score { get; private set; }

    /// <summary>How many cues that name one of the kind's own sections matched.</summary>
    public int Structural { get; private set; }

    /// <summary>How many of the structural cues were section headers matched as written, not OCR-tolerant terms.</summary>
    public int Headers { get; private set; }

    public IReadOnlyList<string> Names => _names;

    public void Add(double weight, string name, bool structural, bool header)
    {
        Headers += structural && header ? 1 : 0;
        Score += weight;
        Structural += structural ? 1 : 0;
        _names.Add(name);
    }

    /// <summary>The decision for this kind; <paramref name="margin"/> is its lead over the runner-up kind.</summary>
    public ClassificationDecision Decision(double margin, bool weak = false)
    {
        var strength = weak
            ? Math.Min(0.55, 0.4 + (0.03 * Score))
            : Math.Clamp(0.6 + (0.02 * Score) + (StrengthPerMarginPoint * margin), 0.5, 0.97);
        var names = string.Join(", ", _names.Distinct(StringComparer.OrdinalIgnoreCase));
        var label = Rule.Type.ToLabel().ToLowerInvariant();
        return new ClassificationDecision(Rule.Type, Math.Round(strength, 3), weak
            ? $"Clinical narrative without a note's sections; weak {label} cues: {names}."
            : $"Found {label} cues: {names}.");
    }
}
