namespace MedDoc.Engine.Tests.RealData;

/// <summary>What the classifier answered for one real document: the expected and actual labels, raw strength and calibrated confidence.</summary>
public sealed record ClassificationOutcome(string Set, string Id, string Expected, string Actual, double Strength, double Confidence)
{
    /// <summary>True when the answer is the expected label.</summary>
    public bool Correct => Expected == Actual;
}
