namespace MedDoc.Engine.Assertions;

/// <summary>
/// The assertion of one mention and the trigger that decided it (null when present by default).
/// Example: "No pneumothorax." → AssertionDecision(Negated, span of "No").
/// </summary>
public sealed record AssertionDecision(Assertion Assertion, Span? Trigger)
{
    /// <summary>Present, decided by no trigger.</summary>
    public static AssertionDecision Present { get; } = new(Assertion.Present, null);
}
