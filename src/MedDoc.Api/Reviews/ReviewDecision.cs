namespace MedDoc.Api.Reviews;

/// <summary>What a coder decided about one suggested code. Wire names: accepted, rejected, corrected.</summary>
public enum ReviewDecision
{
    /// <summary>The suggestion is right as it is.</summary>
    Accepted,
    /// <summary>The suggestion is wrong and no code replaces it (a reason says why).</summary>
    Rejected,
    /// <summary>The condition is right but another code is (e.g. more specific): <c>corrected_code</c>.</summary>
    Corrected,
}
