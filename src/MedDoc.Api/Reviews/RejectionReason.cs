namespace MedDoc.Api.Reviews;

/// <summary>Why a coder rejected a suggestion. Wire names: not_documented, wrong_specificity, negated, history, other.</summary>
public enum RejectionReason
{
    /// <summary>The document does not support the condition.</summary>
    NotDocumented,
    /// <summary>The condition is there but the code is too vague or too specific.</summary>
    WrongSpecificity,
    /// <summary>The text denies the condition ("no pleural effusion").</summary>
    Negated,
    /// <summary>A past condition, not a current one.</summary>
    History,
    /// <summary>Any other reason (the decision's note may say which).</summary>
    Other,
}
