namespace MedDoc.Engine.Assertions;

/// <summary>
/// The assertion of one mention and the trigger that decided it (null when present by default); <paramref name="DatesOnset"/>
/// when that trigger only dates the condition's onset ("history of", see <see cref="AssertionRule.DatesOnset"/>);
/// <paramref name="NamesTreatment"/> when the trigger names the treatment given ("treated with", see <see cref="AssertionRule.NamesTreatment"/>).
/// Example: "No pneumothorax." → AssertionDecision(Negated, span of "No").
/// </summary>
public sealed record AssertionDecision(Assertion Assertion, Span? Trigger, bool DatesOnset = false, bool NamesTreatment = false)
{
    /// <summary>Present, decided by no trigger.</summary>
    public static AssertionDecision Present { get; } = new(Assertion.Present, null);
}
