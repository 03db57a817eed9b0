namespace MedDoc.Fhir;

/// <summary>
/// A coder's decision on one suggested code, which sets Condition.verificationStatus: none → provisional,
/// <see cref="Accepted"/> → confirmed, <see cref="Rejected"/> → refuted.
/// </summary>
public enum CodeReviewDecision
{
    /// <summary>The coder accepted the suggestion.</summary>
    Accepted,
    /// <summary>The coder rejected the suggestion.</summary>
    Rejected,
}
