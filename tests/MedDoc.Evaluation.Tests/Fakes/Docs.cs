using MedDoc.Evaluation.Datasets;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation.Tests.Fakes;

/// <summary>Small builders for hand-worked examples.</summary>
internal static class Docs
{
    public const string Text = "FINDINGS: Small left pleural effusion. Cardiomegaly.";

    public static EvalDocument Doc(string id, string type, string[] expected, string[]? acceptable = null, string text = Text) =>
        new(id, text, type, expected, acceptable ?? []);

    /// <summary>A code whose evidence is the first occurrence of <paramref name="evidence"/> in <paramref name="text"/> (valid).</summary>
    public static PredictedCode Code(string code, string evidence = "Cardiomegaly", string text = Text)
    {
        var start = text.IndexOf(evidence, StringComparison.Ordinal);
        return new PredictedCode(code, [evidence], [new PredictedSpan(start, start + evidence.Length, evidence)]);
    }

    /// <summary>A code whose span offsets are wrong.</summary>
    public static PredictedCode BadSpan(string code) => new(code, ["Cardiomegaly"], [new PredictedSpan(0, 12, "Cardiomegaly")]);

    public static DocumentPrediction Answer(string? type, params PredictedCode[] codes) => new(type, codes, 1.0);
}
